import type { DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'

import { logRead } from './readTracking.js'
import { lockRowsUntilCommit } from './transactionLocks.js'
import { collectionTag, globalTag, type TagPartition } from './changeTags.js'
import {
  completePartTags,
  knownPartTags,
  partitioning,
  partsOfValue,
  writtenPartTags,
  type Partitioning,
} from './partitionTags.js'

/**
 * Told the tags a committed write changed, before the write's caller goes on: a request's `2xx`
 * is sent after its listeners have finished.
 */
export type ChangeListener = (tags: string[]) => Promise<void>

const reads = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
] as const

const writes = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Tracker = {
  listeners: Set<ChangeListener>
  /** Collections split into parts (a chain's, by clinic), and the parts seen. */
  partitioning?: Partitioning
  /** The tags written inside each open transaction, told when it ends. */
  pending: Map<number | string, Set<string>>
}

const trackers = new WeakMap<object, Tracker>()

type WriteArgs = {
  collection?: string
  collectionSlug?: string
  data?: Record<string, unknown>
  global?: string
  globalSlug?: string
  id?: number | string
  req?: { transactionID?: number | Promise<number | string | undefined> | string }
  slug?: string
  versionData?: Record<string, unknown>
  where?: unknown
}

type Reader = (args: Record<string, unknown>) => Promise<{ docs: Record<string, unknown>[] }>

const writtenTag = (method: string, args: WriteArgs): string | undefined => {
  if (method === 'updateJobs') {
    return collectionTag('payload-jobs')
  }
  if (method.toLowerCase().includes('global')) {
    const slug = args.global ?? args.globalSlug ?? args.slug
    return typeof slug === 'string' ? globalTag(slug) : undefined
  }
  const slug = args.collection ?? args.collectionSlug
  return typeof slug === 'string' ? collectionTag(slug) : undefined
}

/**
 * The parts of a split collection a write touches: those its documents are in before it (read
 * first, in the same transaction) and those it puts them in. Undefined when they cannot be known.
 */
const partsWritten = async (
  read: { find: Reader; findVersions: Reader },
  field: string,
  method: string,
  slug: string,
  args: WriteArgs,
): Promise<string[] | undefined> => {
  const versions = method.includes('Version')
  // A new version holds the document's fields; an updated one holds them under `version`.
  const given =
    method === 'updateVersion'
      ? (args.versionData?.version as Record<string, unknown> | undefined)
      : versions
        ? args.versionData
        : args.data
  const after = given && field in given ? partsOfValue(given[field]) : []
  if (method === 'create' || method === 'createVersion') {
    return after
  }
  const where =
    args.where ?? (args.id !== undefined && args.id !== null ? { id: { equals: args.id } } : null)
  if (!where || !after) {
    return undefined
  }
  const readBefore = (narrowed: unknown) =>
    (versions ? read.findVersions : read.find)({
      collection: slug,
      limit: 0,
      pagination: false,
      req: args.req,
      select: versions ? { version: { [field]: true } } : { [field]: true },
      where: narrowed,
    })
  let { docs } = await readBefore(where)
  if (!versions && docs.length && args.req && 'payload' in args.req) {
    // Another transaction may move these documents between that read and this write (a bulk
    // update does not lock them first): once locked (Postgres), read again, what this write
    // replaces is what the last commit left, and no other write changes it before this one
    // commits. Where nothing was locked, nothing was waited for, and the first read stands.
    const ids = docs.map((doc) => doc.id as number | string)
    if (await lockRowsUntilCommit(args.req as PayloadRequest, slug, ids)) {
      ;({ docs } = await readBefore({ id: { in: ids } }))
    }
  }
  const before = docs.map((doc) =>
    partsOfValue(
      versions ? (doc.version as Record<string, unknown> | undefined)?.[field] : doc[field],
    ),
  )
  return before.every((parts) => parts !== undefined) ? [...after, ...before.flat()] : undefined
}

const writesWithParts = new Set([
  'create',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
])

/**
 * The tags a write changes: its collection's or global's; for a split collection, the parts of
 * what it touches instead, when they can be known.
 */
const writtenTags = async (
  tracker: Tracker,
  read: { find: Reader; findVersions: Reader },
  method: string,
  args: WriteArgs,
): Promise<string[]> => {
  const tag = writtenTag(method, args)
  const state = tracker.partitioning
  const slug = tag?.startsWith('c:') ? tag.slice(2) : undefined
  if (!tag || !state || !slug || !state.split.has(slug) || !writesWithParts.has(method)) {
    return tag ? [tag] : []
  }
  let parts: string[] | undefined
  try {
    parts = await partsWritten(read, state.field, method, slug, args)
  } catch {
    parts = undefined
  }
  return writtenPartTags(state, slug, parts) ?? [tag]
}

const tell = async (payload: Payload, tracker: Tracker, tags: string[]) => {
  for (const listener of tracker.listeners) {
    try {
      await listener(tags)
    } catch (error) {
      // The write is committed whatever a listener does; the listener says what it could not do.
      payload.logger.error({ err: error, msg: 'A change listener failed.' })
    }
  }
}

type Sessions = { sessions?: Record<number | string, unknown> }

/**
 * Records a write's tags: told at once outside a transaction, when it ends inside one.
 */
const noteWrite = async (
  adapter: object & { payload: Payload },
  written: string[],
  id: unknown,
) => {
  const tracker = trackers.get(adapter)
  if (!tracker || !written.length) {
    return
  }
  const key = typeof id === 'number' || typeof id === 'string' ? id : undefined
  if (key !== undefined && (adapter as Sessions).sessions?.[key]) {
    const tags = tracker.pending.get(key) ?? new Set<string>()
    written.forEach((tag) => tags.add(tag))
    tracker.pending.set(key, tags)
  } else if (tracker.listeners.size) {
    await tell(adapter.payload, tracker, written)
  }
}

/**
 * Says that a write the adapter did not see (a statement of its own, run through the adapter's
 * `execute`) changed a collection, with the request whose transaction it ran in.
 */
export const noteCollectionWrite = async (
  req: { payload: Payload; transactionID?: number | Promise<number | string | undefined> | string },
  collection: string,
) => noteWrite(req.payload.db, [collectionTag(collection)], await req.transactionID)

/**
 * Every tag a computation may read, whose versions it reads before it starts: each collection's
 * and global's, and the parts of split collections seen so far (an answer that read a part not
 * among them is not stored, and the part is among them for the next one).
 */
export const everyTag = (payload: Payload): string[] => {
  const state = trackers.get(payload.db)?.partitioning
  return [
    ...Object.keys(payload.collections).map(collectionTag),
    ...(payload.config.globals ?? []).map((global) => globalTag(global.slug)),
    ...(state ? knownPartTags(state) : []),
  ]
}

/**
 * What an answer depends on, from the tags its computation logged: a split collection it read
 * without narrowing to parts depends on all of them.
 */
export const dependencyTags = (payload: Payload, tags: Set<string>): Set<string> => {
  const state = trackers.get(payload.db)?.partitioning
  return state ? completePartTags(state, tags) : tags
}

/**
 * Listens for the collections and globals each committed write changed, from every path that
 * writes (REST, GraphQL, the Local API, jobs, bulk operations, scheduled publishing, seeding):
 * they all go through the database adapter. Returns a function that stops listening.
 */
export const onCommittedChanges = (payload: Payload, listener: ChangeListener): (() => void) => {
  const tracker = trackers.get(payload.db)
  if (!tracker) {
    throw new Error('The database adapter is not tracked: the plugin did not wrap it.')
  }
  tracker.listeners.add(listener)
  return () => tracker.listeners.delete(listener)
}

/**
 * Wraps a database adapter so that:
 * - each read made inside a logged computation (`logReads`) logs the tags it looks at;
 * - each write tells the change listeners its tag once it is committed: at once outside a
 *   transaction, when the transaction commits (or rolls back, which costs a needless eviction
 *   and never a stale answer) inside one.
 */
export const withDatabaseTracking = (
  adapterObj: DatabaseAdapterObj,
  partition?: TagPartition,
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const tracker: Tracker = {
      listeners: new Set(),
      partitioning: partitioning(partition),
      pending: new Map(),
    }
    trackers.set(adapter, tracker)
    const methods = adapter as unknown as Record<string, unknown>
    // The adapter's own reads, unlogged: what a write touches is looked up with them.
    const original = (name: 'find' | 'findVersions'): Reader =>
      (methods[name] as Reader).bind(adapter)
    const read = { find: original('find'), findVersions: original('findVersions') }
    for (const name of reads) {
      const method = methods[name]
      if (typeof method === 'function') {
        methods[name] = function (this: unknown, first: unknown, ...rest: unknown[]) {
          logRead(adapter.payload, name, first, tracker.partitioning)
          return method.call(this, first, ...rest)
        }
      }
    }
    for (const name of writes) {
      const method = methods[name]
      if (typeof method !== 'function') {
        continue
      }
      methods[name] = async function (this: unknown, first: unknown, ...rest: unknown[]) {
        const args = (first ?? {}) as WriteArgs
        const id = await args.req?.transactionID
        const tags = await writtenTags(tracker, read, name, args)
        try {
          return await method.call(this, first, ...rest)
        } finally {
          await noteWrite(adapter, tags, id)
        }
      }
    }
    for (const name of ['commitTransaction', 'rollbackTransaction'] as const) {
      const end = adapter[name]
      adapter[name] = async function (this: unknown, incoming) {
        const id = incoming instanceof Promise ? await incoming : incoming
        try {
          return await end.call(this, id)
        } finally {
          const tags = id === undefined || id === null ? undefined : tracker.pending.get(id)
          if (tags) {
            tracker.pending.delete(id!)
            if (tracker.listeners.size) {
              await tell(adapter.payload, tracker, [...tags])
            }
          }
        }
      }
    }
    return adapter
  },
})
