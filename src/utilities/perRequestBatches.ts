import type { PayloadRequest } from 'payload'

export type Id = number | string

type Batch = { ids: Set<Id>; ready: Promise<void> }
type Scope<V> = { batch?: Batch; known: Map<string, V> }

/**
 * Looks values up by id once per request, in batches: every lookup made in the same turn of the
 * event loop (all rows of a page, all fields of a document) joins one call to `load`, issued after
 * that turn, and its answers are remembered for the rest of the request. `scope` keeps separate
 * caches, for example one per collection. Ids `load` leaves out get `missing`.
 */
export const perRequestBatches = <V>(
  load: (req: PayloadRequest, scope: string, ids: Id[]) => Promise<Map<string, V>>,
  missing: V,
) => {
  const caches = new WeakMap<object, Map<string, Scope<V>>>()

  const scopeOf = (req: PayloadRequest, scope: string): Scope<V> => {
    let scopes = caches.get(req)
    if (!scopes) {
      scopes = new Map()
      caches.set(req, scopes)
    }
    let cache = scopes.get(scope)
    if (!cache) {
      cache = { known: new Map() }
      scopes.set(scope, cache)
    }
    return cache
  }

  const lookup = async (req: PayloadRequest, scope: string, ids: Id[]): Promise<Map<string, V>> => {
    const cache = scopeOf(req, scope)
    const unknown = ids.filter((id) => !cache.known.has(String(id)))
    if (unknown.length) {
      if (!cache.batch) {
        const batchIds = new Set<Id>()
        const ready = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
          cache.batch = undefined
          const found = await load(req, scope, [...batchIds])
          for (const id of batchIds) {
            cache.known.set(String(id), found.get(String(id)) ?? missing)
          }
        })
        cache.batch = { ids: batchIds, ready }
      }
      const batch = cache.batch
      unknown.forEach((id) => batch.ids.add(id))
      await batch.ready
    }
    return new Map(ids.map((id) => [String(id), cache.known.get(String(id)) ?? missing]))
  }

  /**
   * Forgets what this request looked up of one id, after the request itself changed it.
   */
  const forget = (req: PayloadRequest, scope: string, id: Id) => {
    caches.get(req)?.get(scope)?.known.delete(String(id))
  }

  return { forget, lookup }
}
