import type {
  Access,
  CollectionAfterChangeHook,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { requestState } from '../hardening/requestState.js'
import { readableIds } from '../privacy/readableIds.js'
import { docsPassing } from '../privacy/readRule.js'
import { publicRule } from '../privacy/ruleInstants.js'
import { readableIdsOf } from './readableIdsOf.js'
import { indexedClinicCollections } from './searchIndexes.js'

type IndexEntry = { doc?: { relationTo?: string; value?: unknown } | null; id: number | string }

const guarded = new WeakSet<SanitizedCollectionConfig>()

/**
 * How many ids one read may name. The adapters compare each id with every collection the index
 * points at, one bound parameter each, and databases refuse a statement beyond 32,766 (SQLite)
 * or 65,535 (Postgres) parameters; this keeps well below both and keeps the read quick.
 */
const idBudget = 8_000

const warned = new Set<string>()

// Per request: documents saved as drafts (an entry written from one, with plugin-search's
// `syncDrafts`, would show a draft's words to visitors), whether an indexed document's own
// afterChange is running, and the private entries waiting to be removed when it ends.
const syncOf = requestState('search.sync', () => ({
  draftSaves: new Set<string>(),
  pending: new Map<string, Set<number | string>>(),
  syncing: 0,
}))
const entryKey = (collection: string, id: unknown) => `${collection}:${String(id)}`

const removeEntries = async (req: PayloadRequest, index: string, ids: (number | string)[]) => {
  // A delete by `where` finds nothing rather than failing when the entry is already gone; a
  // failing nested operation would roll back the editor's whole save.
  await req.payload.delete({
    collection: index,
    depth: 0,
    overrideAccess: true,
    req,
    where: { id: { in: ids } },
  })
}

const beginSync: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  const sync = syncOf(req)
  sync.syncing++
  if ((doc as { _status?: unknown })._status === 'draft') {
    sync.draftSaves.add(entryKey(collection.slug, (doc as IndexEntry).id))
  }
  return doc
}

const endSync: CollectionAfterChangeHook = async ({ doc, req }) => {
  const sync = syncOf(req)
  sync.syncing = Math.max(0, sync.syncing - 1)
  if (sync.syncing === 0 && sync.pending.size) {
    const waiting = [...sync.pending]
    sync.pending.clear()
    for (const [index, ids] of waiting) {
      await removeEntries(req, index, [...ids])
    }
  }
  return doc
}

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
    let budget = Math.floor(idBudget / targets.length)
    for (const slug of clinic) {
      const ids = await readableIdsOf(args.req, slug)
      if (ids.length > budget) {
        // Too many to name: that collection's entries stay hidden rather than risk a leak.
        if (!warned.has(slug)) {
          warned.add(slug)
          args.req.payload.logger.warn(
            `smpClinicPlugin: the search index points at more readable ${slug} than one read can check (${ids.length}); visitors do not see those entries.`,
          )
        }
        continue
      }
      budget -= ids.length
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
 * consent), or written from a draft save (plugin-search's `syncDrafts`), is removed in the same
 * transaction, so it is never committed; the document returns to the index when it is published.
 * A published document its rule keeps back only until an instant (a host's embargo) keeps its
 * entry, which visitors see from that instant on.
 * Throwing instead would roll back the editor's own save, which the index plugin runs inside.
 */
const dropPrivateEntry =
  (clinic: string[]): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const target = targetOf(doc as IndexEntry)
    if (!target || !clinic.includes(target.collection)) {
      return doc
    }
    const sync = syncOf(req)
    const fromDraft = sync.draftSaves.has(entryKey(target.collection, target.id))
    const visible = await readableIds(asVisitor(req), target.collection, [target.id])
    if (!fromDraft && visible.has(String(target.id))) {
      return doc
    }
    // Not public now, but the published document may become so at an instant its rule compares
    // with the clock (an embargo): the entry stays, hidden on every read until then.
    if (!fromDraft) {
      const rule = await publicRule(req.payload, target.collection)
      const later = rule.fields.length
        ? await docsPassing(req, target.collection, rule.relaxed, {
            where: { id: { equals: target.id } },
          })
        : []
      if (later.length) {
        return doc
      }
    }
    const id = (doc as IndexEntry).id
    if (sync.syncing) {
      // Written by the index plugin during an indexed document's save: it may still act on the
      // entry, so the entry goes when that save's hooks have run.
      sync.pending.set(collection.slug, (sync.pending.get(collection.slug) ?? new Set()).add(id))
    } else {
      await removeEntries(req, collection.slug, [id])
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
    // Around the index plugin's own hook on each indexed collection.
    for (const slug of clinic) {
      const indexed = payload.collections[slug]?.config
      if (indexed && !indexed.hooks.afterChange?.includes(beginSync)) {
        indexed.hooks.afterChange = [beginSync, ...(indexed.hooks.afterChange ?? []), endSync]
      }
    }
  }
}
