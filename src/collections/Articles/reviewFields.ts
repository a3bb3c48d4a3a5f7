import type { DateField, Field, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { date, relationship } from 'payload/shared'

import { relationTo } from '../../fields/relationTo.js'
import { relationId } from '../../hardening/relationId.js'
import { credentialOnRecord } from '../../fields/credentialOnRecord.js'
import { translate, translated } from '../../translations/translated.js'

type Sibling = { reviewedAt?: unknown; reviewedBy?: unknown }

const given = (value: unknown) => value !== undefined && value !== null && value !== ''

/**
 * Whether the practitioner `id` has a credential on record (`credentialOnRecord`).
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
  return Boolean(reviewer) && credentialOnRecord(reviewer as Record<string, unknown>)
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
    // Checked when the reviewer is chosen: one who loses their credentials later blocks no edit
    // of the article (its structured data then claims no review, see structuredData.ts).
    if (String(relationId(args.previousValue)) === String(relationId(value))) {
      return true
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
      if (
        given(value) &&
        new Date(value as unknown as string).getTime() > options.clock().getTime() &&
        String(value) !== String(args.previousValue)
      ) {
        return translate(req, 'articleReviewedAtFuture')
      }
      return !given(value) && reviewedBy.length && given(siblingData.reviewedBy)
        ? translate(req, 'articleReviewedAtRequired')
        : true
    },
  }
  return [reviewedAt, ...reviewedBy]
}
