import type {
  Access,
  CollectionAfterChangeHook,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

import { readableIds } from '../utilities/readableIds.js'
import { readableIdsOf } from './readableIdsOf.js'
import { indexedClinicCollections } from './searchIndexes.js'

type IndexEntry = { doc?: { relationTo?: string; value?: unknown } | null; id: number | string }

const guarded = new WeakSet<SanitizedCollectionConfig>()

// The same request, read as a visitor: what the index may hold is what anyone may read.
const asVisitor = (req: PayloadRequest): PayloadRequest =>
  Object.assign(Object.create(req) as PayloadRequest, { user: null })

const targetOf = (entry: IndexEntry) => {
  const value = entry.doc?.value
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string'
    ? { collection: String(entry.doc?.relationTo), id }
    : undefined
}

/**
 * A visitor reads an index entry only while the document it points at is readable to them: the
 * check runs on every read, so an entry whose document was unpublished, became a sample or lost
 * its consent disappears at that moment, whatever the index still holds. Entries pointing at the
 * host's own collections keep the index's rule alone.
 */
const readIfTargetReadable =
  (
    theirs: Access,
    clinic: string[],
    targets: string[],
    options: SanitizedSmpClinicOptions,
  ): Access =>
  async (args) => {
    const result = await theirs(args)
    if (result === false || (await options.access.canEdit({ req: args.req }))) {
      return result
    }
    const others = targets.filter((slug) => !clinic.includes(slug))
    const allowed: Where[] = others.length ? [{ 'doc.relationTo': { in: others } }] : []
    for (const slug of clinic) {
      const ids = await readableIdsOf(args.req, slug)
      if (ids.length) {
        allowed.push({
          and: [{ 'doc.relationTo': { equals: slug } }, { 'doc.value': { in: ids } }],
        })
      }
    }
    const visible: Where = allowed.length ? { or: allowed } : { id: { exists: false } }
    return result === true ? visible : { and: [result, visible] }
  }

/**
 * An entry written for a document no visitor may read (a draft, a sample, a gallery without
 * consent) is removed in the same transaction, so it is never committed. Throwing instead would
 * roll back the editor's own save, which the index plugin runs inside.
 */
const dropPrivateEntry =
  (clinic: string[]): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const target = targetOf(doc as IndexEntry)
    if (!target || !clinic.includes(target.collection)) {
      return doc
    }
    const visible = await readableIds(asVisitor(req), target.collection, [target.id])
    if (!visible.has(String(target.id))) {
      await req.payload.delete({
        id: (doc as IndexEntry).id,
        collection: collection.slug,
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    return doc
  }

/**
 * Guards every `@payloadcms/plugin-search` index that points at the clinic's collections. The
 * index is made by a plugin that runs after this one, so it is guarded once Payload has built
 * the config, before the first request.
 */
export const guardSearchIndexes = (
  payload: Payload,
  options: SanitizedSmpClinicOptions,
  ours: Set<string>,
) => {
  for (const { config } of Object.values(payload.collections)) {
    const clinic = indexedClinicCollections(config, ours)
    if (!clinic.length || guarded.has(config)) {
      continue
    }
    guarded.add(config)
    const doc = config.fields.find((field) => 'name' in field && field.name === 'doc')
    const targets =
      doc?.type === 'relationship'
        ? Array.isArray(doc.relationTo)
          ? doc.relationTo
          : [doc.relationTo]
        : clinic
    const theirs: Access = config.access.read ?? (({ req }) => Boolean(req.user))
    config.access.read = readIfTargetReadable(theirs, clinic, targets, options)
    config.hooks.afterChange = [...(config.hooks.afterChange ?? []), dropPrivateEntry(clinic)]
  }
}
