import type { DatabaseAdapterObj, Payload } from 'payload'

import { logRead } from './readTracking.js'
import { collectionTag, globalTag } from './changeTags.js'

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
  /** The tags written inside each open transaction, told when it ends. */
  pending: Map<number | string, Set<string>>
}

const trackers = new WeakMap<object, Tracker>()

type WriteArgs = {
  collection?: string
  collectionSlug?: string
  global?: string
  globalSlug?: string
  req?: { transactionID?: number | Promise<number | string | undefined> | string }
  slug?: string
}

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
 * Records a write's tag: told at once outside a transaction, when it ends inside one.
 */
const noteWrite = async (adapter: object & { payload: Payload }, tag: string, id: unknown) => {
  const tracker = trackers.get(adapter)
  if (!tracker) {
    return
  }
  const key = typeof id === 'number' || typeof id === 'string' ? id : undefined
  if (key !== undefined && (adapter as Sessions).sessions?.[key]) {
    const tags = tracker.pending.get(key) ?? new Set<string>()
    tags.add(tag)
    tracker.pending.set(key, tags)
  } else if (tracker.listeners.size) {
    await tell(adapter.payload, tracker, [tag])
  }
}

/**
 * Says that a write the adapter did not see (a statement of its own, run through the adapter's
 * `execute`) changed a collection, with the request whose transaction it ran in.
 */
export const noteCollectionWrite = async (
  req: { payload: Payload; transactionID?: number | Promise<number | string | undefined> | string },
  collection: string,
) => noteWrite(req.payload.db, collectionTag(collection), await req.transactionID)

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
export const withDatabaseTracking = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const tracker: Tracker = { listeners: new Set(), pending: new Map() }
    trackers.set(adapter, tracker)
    const methods = adapter as unknown as Record<string, unknown>
    for (const name of reads) {
      const method = methods[name]
      if (typeof method === 'function') {
        methods[name] = function (this: unknown, first: unknown, ...rest: unknown[]) {
          logRead(adapter.payload, name, first)
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
        const tag = writtenTag(name, args)
        const id = await args.req?.transactionID
        try {
          return await method.call(this, first, ...rest)
        } finally {
          if (tag) {
            await noteWrite(adapter, tag, id)
          }
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
