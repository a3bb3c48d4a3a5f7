import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../../options/types.js'

import { imagesShownBy, refreshImageVisibility } from '../../../privacy/refreshImageVisibility.js'
import { forgetConsent } from '../../../consent/consentLoader.js'
import { consentEnd, consentStatus, type ConsentTerms } from '../../../consent/consentStatus.js'
import { consentUseOf } from '../../../consent/consentUse.js'
import { differs } from '../../../hardening/differs.js'
import { reportLapse, reportReturn } from '../../../webhooks/lapse.js'
import { sendAfterCommit } from '../../../webhooks/sendNow.js'
import { sendsWebhooks } from '../../../webhooks/sendsWebhooks.js'

type Id = number | string

/**
 * The collections whose documents rest on a consent, by option key.
 */
const dependents = (options: SanitizedSmpClinicOptions) =>
  (['testimonials', 'beforeAfterGalleries'] as const)
    .map((key) => ({ key, slug: options.slugs[key] }))
    .filter((entry): entry is { key: typeof entry.key; slug: string } => Boolean(entry.slug))

/**
 * Brings every document that rests on the consent in line with it: their `visibleUntil` follows
 * the consent's end (written straight to the database, so a pending draft is neither published nor
 * lost), published ones the consent no longer covers are unpublished, and the photos of their
 * galleries are re-evaluated. `consent` is null when the record is being deleted.
 */
const updateDependents = async (
  options: SanitizedSmpClinicOptions,
  req: PayloadRequest,
  id: Id,
  consent: ConsentTerms | null,
) => {
  const byConsent = { consent: { equals: id } }
  for (const { key, slug } of dependents(options)) {
    const end = consent ? consentEnd(consent) : null
    const now = options.clock()
    // What was public until this change, to tell the site about what stops being public now.
    const publicNow = () =>
      req.payload.find({
        collection: slug,
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        where: {
          and: [
            byConsent,
            { _status: { equals: 'published' } },
            { isSample: { not_equals: true } },
            {
              or: [
                { visibleUntil: { exists: false } },
                { visibleUntil: { greater_than: now.toISOString() } },
              ],
            },
          ],
        },
      })
    const wasPublic = sendsWebhooks(options) ? await publicNow() : undefined
    await req.payload.db.updateMany({
      collection: slug,
      data: { visibleUntil: end },
      req,
      where: { and: [byConsent, differs('visibleUntil', end)] },
    })
    const { docs } = await req.payload.find({
      collection: slug,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: byConsent,
    })
    const uncovered = docs
      .filter((doc) => doc._status === 'published')
      .filter((doc) => consentStatus(consent, options.clock(), consentUseOf(doc)) !== 'valid')
      .map((doc) => doc.id)
    if (end && new Date(end) <= now) {
      for (const doc of wasPublic?.docs ?? []) {
        await reportLapse(req, options, key, slug, { ...doc, visibleUntil: end })
      }
    }
    if (wasPublic) {
      // Public again (a renewal after the end had passed, a revocation withdrawn): nothing else
      // tells the site, as the documents themselves were not saved.
      const before = new Set(wasPublic.docs.map((doc) => String(doc.id)))
      for (const doc of (await publicNow()).docs) {
        if (!before.has(String(doc.id)) && !uncovered.includes(doc.id)) {
          await reportReturn(req, options, key, slug, doc)
        }
      }
    }
    if (uncovered.length) {
      await req.payload.update({
        collection: slug,
        data: { _status: 'draft' },
        depth: 0,
        overrideAccess: true,
        req,
        where: { id: { in: uncovered } },
      })
    }
    if (key === 'beforeAfterGalleries') {
      await refreshImageVisibility(options, req, imagesShownBy(options, key, ...docs))
    }
  }
}

export const unpublishDependentsAfterChange =
  (options: SanitizedSmpClinicOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, req }) => {
    forgetConsent(req, collection.slug, doc.id)
    if (!options.disabled && operation === 'update') {
      await updateDependents(options, req, doc.id, doc)
      // A new expiry or revocation date moves the instant the poller's timer is set for.
      await sendAfterCommit(req)
    }
    return doc
  }

export const unpublishDependentsBeforeDelete =
  (options: SanitizedSmpClinicOptions): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    forgetConsent(req, collection.slug, id)
    if (!options.disabled) {
      await updateDependents(options, req, id, null)
    }
  }
