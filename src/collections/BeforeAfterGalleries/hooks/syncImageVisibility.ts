import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import type { SanitizedSmpClinicOptions } from '../../../types.js'

import { consentStillValid } from '../../../access/consentStillValid.js'
import { relationId } from '../../../utilities/relationId.js'

type Pair = { after?: unknown; before?: unknown }
type GalleryDoc = { pairs?: null | Pair[] }

const imageIds = (...docs: (GalleryDoc | null | undefined)[]) => {
  const ids = new Set<number | string>()
  for (const doc of docs) {
    for (const pair of doc?.pairs ?? []) {
      for (const value of [pair.before, pair.after]) {
        const id = relationId(value)
        if (id !== null) {
          ids.add(id)
        }
      }
    }
  }
  return [...ids]
}

/**
 * Marks each before/after photo restricted unless a published, consented gallery shows it, so
 * the media API never serves a client's photo on its own.
 */
const sync = async (
  options: SanitizedSmpClinicOptions,
  req: PayloadRequest,
  gallerySlug: string,
  ids: (number | string)[],
) => {
  for (const id of ids) {
    const shownBy: Where = {
      and: [
        { _status: { equals: 'published' } },
        consentStillValid(),
        { or: [{ 'pairs.before': { equals: id } }, { 'pairs.after': { equals: id } }] },
      ],
    }
    const { totalDocs } = await req.payload.count({
      collection: gallerySlug,
      overrideAccess: true,
      req,
      where: shownBy,
    })
    await req.payload.update({
      id,
      collection: options.slugs.media,
      data: { restricted: totalDocs === 0 },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}

export const syncImageVisibilityAfterChange =
  (options: SanitizedSmpClinicOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    if (!options.disabled && !req.context.smpSkipImageSync) {
      await sync(options, req, collection.slug, imageIds(doc, previousDoc))
    }
    return doc
  }

export const syncImageVisibilityAfterDelete =
  (options: SanitizedSmpClinicOptions): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    if (!options.disabled && !req.context.smpSkipImageSync) {
      await sync(options, req, collection.slug, imageIds(doc))
    }
    return doc
  }
