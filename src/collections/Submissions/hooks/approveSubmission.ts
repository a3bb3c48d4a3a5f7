import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../../options/types.js'

import { relationId } from '../../../hardening/relationId.js'
import { translate } from '../../../translations/translated.js'

type Submission = {
  consent?: unknown
  emailConfirmedAt?: null | string
  gallery?: unknown
  id?: number | string
  moderatorNote?: null | string
  reason?: null | string
  status?: null | string
  testimonial?: unknown
}

/**
 * Sets `_status` on the testimonial and gallery a submission made. Publishing goes through the
 * collections' own checks (the consent must cover what is shown), so an approval that cannot be
 * published fails whole, with the reason shown beside the state.
 */
const setStatus = async (
  options: SanitizedSmpClinicOptions,
  req: PayloadRequest,
  doc: Submission,
  status: 'draft' | 'published',
  provenance: Record<string, unknown> = {},
) => {
  const targets = [
    { id: relationId(doc.testimonial), extra: provenance, slug: options.slugs.testimonials },
    { id: relationId(doc.gallery), extra: {}, slug: options.slugs.beforeAfterGalleries },
  ]
  for (const target of targets) {
    if (target.id === null || !target.slug) {
      continue
    }
    await req.payload.update({
      depth: 0,
      collection: target.slug,
      data: { _status: status, ...target.extra },
      id: target.id,
      overrideAccess: true,
      req,
    })
  }
}

/**
 * What the testimonial keeps as evidence that its author is a client, when the editor approving
 * the submission matched it to an appointment.
 */
const evidence = (submission: Submission, req: PayloadRequest) => {
  const editor = (req.user as null | { email?: string })?.email ?? String(req.user?.id ?? '')
  const note = submission.moderatorNote?.trim()
  return [
    `Submission ${String(submission.id)}: e-mail address confirmed ${String(submission.emailConfirmedAt)};`,
    `matched to an appointment by ${editor}.`,
    note ? `Note: ${note}` : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/**
 * Approving a submission is the editor's check of the electronic authorization: the consent is
 * marked verified (by whom, when), then the testimonial and gallery are published. Rejecting one
 * that was approved takes them down again; the consent stays as the client signed it.
 */
export const approveSubmission =
  (options: SanitizedSmpClinicOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const submission = doc as Submission
    const before = (previousDoc ?? {}) as Submission
    if (operation !== 'update' || submission.status === before.status) {
      return doc
    }
    try {
      if (submission.status === 'approved') {
        const consentId = relationId(submission.consent)
        if (consentId !== null && options.slugs.consents) {
          await req.payload.update({
            depth: 0,
            collection: options.slugs.consents,
            data: {
              verification: {
                verifiedAt: options.clock().toISOString(),
                verifiedBy: String(
                  (req.user as null | { email?: string })?.email ?? req.user?.id ?? '',
                ),
              },
            },
            id: consentId,
            overrideAccess: true,
            req,
          })
        }
        await setStatus(
          options,
          req,
          submission,
          'published',
          submission.reason === 'matched_to_appointment'
            ? { verificationEvidence: evidence(submission, req), verifiedClient: true }
            : {},
        )
      } else if (before.status === 'approved') {
        await setStatus(options, req, submission, 'draft')
      }
    } catch (error) {
      const reasons =
        error instanceof ValidationError
          ? error.data.errors.map(({ message }) => message).join(' ')
          : error instanceof Error
            ? error.message
            : String(error)
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [
            {
              label: translate(req, 'submissionStatus'),
              message: translate(req, 'submissionCannotPublish', { reasons }),
              path: 'status',
            },
          ],
          req,
        },
        req.t,
      )
    }
    return doc
  }
