import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../../types.js'

import { type ConsentTerms, consentStatus } from '../../../utilities/consentStatus.js'

/**
 * The collections whose documents rest on a consent.
 */
const dependentSlugs = (options: SanitizedSmpClinicOptions) =>
  [options.slugs.testimonials, options.slugs.beforeAfterGalleries].filter((slug): slug is string =>
    Boolean(slug),
  )

/**
 * Unpublishes every document that rests on the consent when the consent no longer covers the
 * website; otherwise only refreshes the expiry those documents carry for public read access.
 * The refresh goes straight to the database so a pending draft is neither published nor lost.
 */
const updateDependents = async (
  options: SanitizedSmpClinicOptions,
  req: PayloadRequest,
  consent: { expiresAt?: null | string; id: number | string },
  stillValid: boolean,
) => {
  const where = { consent: { equals: consent.id } }
  for (const collection of dependentSlugs(options)) {
    if (stillValid) {
      await req.payload.db.updateMany({
        collection,
        data: { consentExpiresAt: consent.expiresAt ?? null },
        req,
        where,
      })
      continue
    }
    await req.payload.update({
      collection,
      data: { _status: 'draft' },
      depth: 0,
      overrideAccess: true,
      req,
      where: { and: [where, { _status: { equals: 'published' } }] },
    })
  }
}

export const unpublishDependentsAfterChange =
  (options: SanitizedSmpClinicOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (options.disabled || operation !== 'update') {
      return doc
    }
    const terms = (d: ConsentTerms) =>
      [d.expiresAt, d.revokedAt, d.signedAt, d.scopes?.join()].join('|')
    if (terms(doc) !== terms(previousDoc)) {
      await updateDependents(options, req, doc, consentStatus(doc) === 'valid')
    }
    return doc
  }

export const unpublishDependentsBeforeDelete =
  (options: SanitizedSmpClinicOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    if (!options.disabled) {
      await updateDependents(options, req, { id }, false)
    }
  }
