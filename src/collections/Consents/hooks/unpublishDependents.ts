import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../../options/types.js'

import { imagesShownBy, refreshImageVisibility } from '../../../privacy/refreshImageVisibility.js'
import { forgetConsent } from '../../../consent/consentLoader.js'
import { consentEnd, consentStatus, type ConsentTerms } from '../../../consent/consentStatus.js'
import { consentUseOf } from '../../../consent/consentUse.js'
import { differs } from '../../../hardening/differs.js'
import { keepUpdatedAt } from '../../../hardening/setDateOfMany.js'
import { reportLapse, reportReturn } from '../../../webhooks/lapse.js'
import { sendAfterCommit } from '../../../webhooks/sendNow.js'
import { publicDocs } from '../../../privacy/publicDocs.js'
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
  const watch = sendsWebhooks(options)
  for (const { key, slug } of dependents(options)) {
    const end = consent ? consentEnd(consent) : null
    const now = options.clock()
    // What the public could read until this change (by the collection's own rule), to tell the
    // site about what stops, or starts again, being public now.
    const publicIds = async (ids: Id[]) =>
      new Set((await publicDocs(req, slug, ids)).map((doc) => String(doc.id)))
    const wasPublic = watch
      ? await publicIds(
          (
            await req.payload.db.find({
              collection: slug,
              limit: 0,
              pagination: false,
              req,
              select: { id: true },
              where: byConsent,
            })
          ).docs.map((doc) => doc.id as Id),
        )
      : new Set<string>()
    await req.payload.db.updateMany({
      collection: slug,
      // A derived date, not an edit: `updatedAt` would tell anyone watching that the consent
      // changed (a revocation dated ahead) before it takes effect.
      data: { visibleUntil: end, ...keepUpdatedAt(req) },
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
    const publicNow = watch ? await publicIds(docs.map((doc) => doc.id)) : new Set<string>()
    for (const doc of watch ? docs : []) {
      const was = wasPublic.has(String(doc.id))
      const is = publicNow.has(String(doc.id))
      if (was && !is && end && new Date(end) <= now) {
        // Its consent ended as of now (or earlier): a lapse, keyed as the poller's would be.
        await reportLapse(req, options, key, slug, doc, new Date(end))
      } else if (!was && is && !uncovered.includes(doc.id)) {
        // Public again (a renewal after the end had passed, a revocation withdrawn): nothing else
        // tells the site, as the documents themselves were not saved.
        await reportReturn(req, options, key, slug, doc)
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
