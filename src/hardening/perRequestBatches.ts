import type { PayloadRequest } from 'payload'

import { requestState } from './requestState.js'

export type Id = number | string

type Batch = { ids: Set<Id>; ready: Promise<void> }
type Scope<V> = { batch?: Batch; known: Map<string, V>; pending: Map<string, Promise<void>> }

/**
 * Looks values up by id once per request, in batches: every lookup made in the same turn of the
 * event loop (all rows of a page, all fields of a document) joins one call to `load`, issued after
 * that turn, and its answers are remembered for the rest of the request. A lookup of an id whose
 * batch is already loading waits for that batch rather than asking again. `scope` keeps separate
 * caches, for example one per collection. Ids `load` leaves out get `missing`. `name` is the
 * batcher's part of the request's state (`requestState`).
 */
export const perRequestBatches = <V>(
  name: string,
  load: (req: PayloadRequest, scope: string, ids: Id[]) => Promise<Map<string, V>>,
  missing: V,
) => {
  const caches = requestState(name, () => new Map<string, Scope<V>>())

  const scopeOf = (req: PayloadRequest, scope: string): Scope<V> => {
    const scopes = caches(req)
    let cache = scopes.get(scope)
    if (!cache) {
      cache = { known: new Map(), pending: new Map() }
      scopes.set(scope, cache)
    }
    return cache
  }

  const newBatch = (req: PayloadRequest, scope: string, cache: Scope<V>): Batch => {
    const ids = new Set<Id>()
    const ready = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      cache.batch = undefined
      try {
        const found = await load(req, scope, [...ids])
        for (const id of ids) {
          cache.known.set(String(id), found.get(String(id)) ?? missing)
        }
      } finally {
        for (const id of ids) {
          cache.pending.delete(String(id))
        }
      }
    })
    return { ids, ready }
  }

  const lookup = async (req: PayloadRequest, scope: string, ids: Id[]): Promise<Map<string, V>> => {
    const cache = scopeOf(req, scope)
    const waits = new Set<Promise<void>>()
    for (const id of ids) {
      const key = String(id)
      if (cache.known.has(key)) {
        continue
      }
      const loading = cache.pending.get(key)
      if (loading) {
        waits.add(loading)
        continue
      }
      const batch = (cache.batch ??= newBatch(req, scope, cache))
      batch.ids.add(id)
      cache.pending.set(key, batch.ready)
      waits.add(batch.ready)
    }
    await Promise.all(waits)
    return new Map(ids.map((id) => [String(id), cache.known.get(String(id)) ?? missing]))
  }

  /**
   * Forgets what this request looked up of one id, after the request itself changed it.
   */
  const forget = (req: PayloadRequest, scope: string, id: Id) => {
    caches(req).get(scope)?.known.delete(String(id))
  }

  return { forget, lookup }
}

/**
 * Batches like `perRequestBatches` but remembers nothing: every lookup made in the same turn of
 * the event loop joins one call to `load`, and the next turn asks again. For answers a write in
 * the same request can change (Payload reads the original document through the same hooks before
 * it updates it), where a remembered answer would outlive the write.
 */
export const perTurnBatches = <V>(
  name: string,
  load: (req: PayloadRequest, scope: string, ids: Id[]) => Promise<Map<string, V>>,
  missing: V,
) => {
  const open = requestState(
    name,
    () => new Map<string, { done: Promise<Map<string, V>>; ids: Set<Id> }>(),
  )
  return async (req: PayloadRequest, scope: string, ids: Id[]): Promise<Map<string, V>> => {
    const batches = open(req)
    let batch = batches.get(scope)
    if (!batch) {
      const wanted = new Set<Id>()
      const done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        // Closed once it starts loading: later lookups start the next batch.
        batches.delete(scope)
        return load(req, scope, [...wanted])
      })
      batch = { done, ids: wanted }
      batches.set(scope, batch)
    }
    for (const id of ids) {
      batch.ids.add(id)
    }
    const found = await batch.done
    return new Map(ids.map((id) => [String(id), found.get(String(id)) ?? missing]))
  }
}
