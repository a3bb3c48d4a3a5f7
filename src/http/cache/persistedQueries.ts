import type { RedisClient } from '../../options/redisClient.js'

import { createHash } from 'node:crypto'

import { ByteLru } from './byteLru.js'

/**
 * GraphQL documents by their SHA-256, for Automatic Persisted Queries: a client sends the hash
 * alone (by `GET`, which a CDN can cache), and the text once, the first time a server does not
 * know it. Kept in this process (bounded by count) and, with Redis, shared by every app server.
 */
export type PersistedQueries = {
  find: (hash: string) => Promise<string | undefined>
  /**
   * Remembers a document under its hash; false when the hash is not the document's.
   */
  remember: (hash: string, query: string) => Promise<boolean>
}

/**
 * The most memory the documents kept in this process take, in characters (×2 bytes), and the
 * longest document kept: a client registering ever new large documents costs at most this.
 */
const maxLocalChars = 4 * 1024 * 1024
const maxQueryChars = 64 * 1024

export const persistedQueries = (
  redis: RedisClient | undefined,
  keyPrefix: string,
): PersistedQueries => {
  const local = new ByteLru<string>(maxLocalChars, (hash, query) => hash.length + query.length)
  const keep = (hash: string, query: string) => {
    local.set(hash, query)
  }
  const key = (hash: string) => `${keyPrefix}apq:${hash}`
  return {
    find: async (hash) => {
      const known = local.get(hash)
      if (known !== undefined || !redis) {
        return known
      }
      // Away or slow: the client is told the query is not known, and sends its text.
      const shared = await redis.get(key(hash)).catch(() => null)
      if (shared !== null) {
        keep(hash, shared)
      }
      return shared ?? undefined
    },
    remember: async (hash, query) => {
      if (createHash('sha256').update(query).digest('hex') !== hash.toLowerCase()) {
        return false
      }
      if (query.length > maxQueryChars) {
        // Run as sent, not remembered: its hash alone will be asked for its text again.
        return true
      }
      keep(hash.toLowerCase(), query)
      await redis?.set(key(hash.toLowerCase()), query, 'NX').catch(() => undefined)
      return true
    },
  }
}
