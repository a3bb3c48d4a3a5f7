import type { DateField, Field, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { date, relationship } from 'payload/shared'

import { relationTo } from '../../fields/relationTo.js'
import { relationId } from '../../hardening/relationId.js'
import { translate, translated } from '../../translations/translated.js'

type Sibling = { reviewedAt?: unknown; reviewedBy?: unknown }

const given = (value: unknown) => value !== undefined && value !== null && value !== ''

/**
 * Whether a practitioner has a credential on record: a licensed physician, a stated qualification
 * or a certification. A medical review by someone with none of these is not one a page may claim.
 */
const hasCredential = async (req: PayloadRequest, collection: string, id: unknown) => {
  const reviewer = await req.payload
    .findByID({
      collection,
      depth: 0,
      disableErrors: true,
      id: id as number | string,
      overrideAccess: true,
      req,
      select: { certifications: true, credentials: true, licensedPhysician: true },
    })
    .catch(() => null)
  if (!reviewer) {
    return false
  }
  const { certifications, credentials, licensedPhysician } = reviewer as Record<string, unknown>
  return (
    licensedPhysician === true ||
    (typeof credentials === 'string' && credentials.trim() !== '') ||
    (Array.isArray(certifications) && certifications.length > 0)
  )
}

/**
 * The record of a medical review: who reviewed the article and when. Structured data claims a
 * review (`reviewedBy`, `lastReviewed`) only from this record, never from the last edit or the
 * author, so the two are given together or not at all, and the reviewer must be a practitioner
 * with a credential on record.
 */
export const reviewFields = (options: SanitizedSmpClinicOptions): Field[] => {
  const validateReviewer = async (
    value: Parameters<typeof relationship>[0],
    args: Parameters<typeof relationship>[1],
  ) => {
    const base = await relationship(value, args)
    if (base !== true) {
      return base
    }
    const { req, siblingData } = args as unknown as { req: PayloadRequest; siblingData: Sibling }
    if (!given(value)) {
      return given(siblingData.reviewedAt) ? translate(req, 'articleReviewedByRequired') : true
    }
    return (await hasCredential(req, options.slugs.practitioners!, relationId(value)))
      ? true
      : translate(req, 'articleReviewerNeedsCredential')
  }
  const reviewedBy = relationTo(options, {
    name: 'reviewedBy',
    admin: { description: translated('articleReviewedByDescription'), position: 'sidebar' },
    label: translated('articleReviewedBy'),
    to: 'practitioners',
    validate: validateReviewer,
  })
  const reviewedAt: DateField = {
    name: 'reviewedAt',
    type: 'date',
    admin: {
      date: { pickerAppearance: 'dayOnly' },
      description: translated('articleReviewedAtDescription'),
      position: 'sidebar',
    },
    label: translated('articleReviewedAt'),
    validate: (value, args) => {
      const base = date(value, args)
      if (base !== true) {
        return base
      }
      const { req, siblingData } = args as unknown as { req: PayloadRequest; siblingData: Sibling }
      return !given(value) && reviewedBy.length && given(siblingData.reviewedBy)
        ? translate(req, 'articleReviewedAtRequired')
        : true
    },
  }
  return [reviewedAt, ...reviewedBy]
}
