import type { Payload } from 'payload'

/**
 * The response cache's counters as the admin shows them. The cache (src/http) registers how to
 * read them; the dashboard (src/admin) reads them without knowing the cache.
 */
export type CacheCounters = {
  bypasses: number
  bytes: number
  entries: number
  evictions: number
  hits: number
  invalidations: number
  maxBytes: number
  misses: number
}

const readers = new WeakMap<Payload, () => CacheCounters>()

export const registerCacheCounters = (payload: Payload, read: () => CacheCounters) => {
  readers.set(payload, read)
}

/**
 * This server's counters, or undefined when the cache is off.
 */
export const cacheCountersOf = (payload: Payload): CacheCounters | undefined =>
  readers.get(payload)?.()
