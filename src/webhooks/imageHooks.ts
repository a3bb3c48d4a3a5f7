import type {
  CollectionAfterChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { publicReadRule, withinRule } from '../privacy/readRule.js'
import { imageUses } from '../privacy/refreshImageVisibility.js'
import { enqueueChange } from './changeBody.js'

type Doc = Record<string, unknown>

/**
 * Fields the plugin itself rewrites on an image as content using it is published or withdrawn:
 * those changes reach the site through that content's own webhooks.
 */
const bookkeeping = new Set(['publicUntil', 'updatedAt'])

const visiblyChanged = (doc: Doc, previous: Doc) =>
  Object.keys({ ...doc, ...previous }).some(
    (field) =>
      !bookkeeping.has(field) && JSON.stringify(doc[field]) !== JSON.stringify(previous[field]),
  )

/**
 * Reports every public document that shows the image as updated: its pages show the image's
 * alt text, file and sizes, though the document itself was not saved. Drafts, samples and
 * documents whose consent has ended are not public and send nothing, nor does an unused image.
 */
const reportDocumentsShowing = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  imageId: number | string,
  change: string,
) => {
  const now = options.clock()
  for (const use of imageUses()) {
    const slug = options.slugs[use.key]
    if (!slug) {
      continue
    }
    // The documents the public may read now, by the collection's own read rule.
    const where = withinRule(await publicReadRule(req.payload, slug), {
      or: use.paths.map((path) => ({ [path]: { equals: imageId } })),
    })
    if (where === false) {
      continue
    }
    const { docs } = await req.payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      draft: false,
      overrideAccess: true,
      pagination: false,
      req,
      where,
    })
    for (const doc of docs as Doc[]) {
      await enqueueChange({
        doc,
        event: 'update',
        id: `image:${String(imageId)}:${change}:${slug}:${String(doc.id)}`,
        key: use.key,
        occurredAt: now,
        options,
        req,
        slug,
      })
    }
  }
}

/**
 * Adds to the media collection the hooks that tell the site of an image's change (alt text, a
 * replaced file, a new crop) or deletion, through the documents that show it. Deliveries are
 * recorded in the change's own transaction, so a failed change sends nothing.
 */
export const withImageWebhookHooks = (
  collection: CollectionConfig,
  options: SanitizedSmpClinicOptions,
): CollectionConfig => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
    if (operation === 'update' && previousDoc && visiblyChanged(doc as Doc, previousDoc as Doc)) {
      await reportDocumentsShowing(req, options, doc.id, String(doc.updatedAt))
    }
    return doc
  }
  // Before the delete: afterwards the documents no longer point at the image.
  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
    await reportDocumentsShowing(req, options, id, `deleted:${options.clock().toISOString()}`)
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      beforeDelete: [...(collection.hooks?.beforeDelete ?? []), beforeDelete],
    },
  }
}
