import type { RedisClient } from '../../options/redisClient.js'

import { createHash } from 'node:crypto'

import { ByteLru } from './byteLru.js'
import { within } from './within.js'

/**
 * GraphQL documents by their SHA-256, for Automatic Persisted Queries: a client sends the hash
 * alone (by `GET`, which a CDN can cache), and the text once, the first time a server does not
 * know it. Kept in this process (bounded by count) and, with Redis, shared by every app server.
 */
export type PersistedQueries = {
  find: (hash: string) => Promise<string | undefined>
  /**
   * Remembers a document under its hash (call it once the document has passed the server's checks
   * and parsed); false when the hash is not the document's.
   */
  remember: (hash: string, query: string) => Promise<boolean>
  /**
   * Whether the hash is the document's.
   */
  matches: (hash: string, query: string) => boolean
}

/**
 * What the shared store keeps: documents of at most `maxSharedChars` characters, each for a day,
 * and at most `maxSharedPerDay` new ones a day (a client registering ever new documents fills
 * only this process's bounded memory past that); at most 40 MB of Redis.
 */
const maxSharedChars = 8 * 1024
const maxSharedPerDay = 5000
const day = 86_400

/**
 * The most memory the documents kept in this process take, in characters (×2 bytes), and the
 * longest document kept: a client registering ever new large documents costs at most this.
 */
const maxLocalChars = 4 * 1024 * 1024
const maxQueryChars = 64 * 1024

/**
 * How long the shared store may take to answer, as for the response cache's versions: past it,
 * a hash is not known (the client sends its text) and a document is kept in this process only.
 */
const redisTimeoutMs = 250

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
      hash = hash.toLowerCase()
      const known = local.get(hash)
      if (known !== undefined || !redis) {
        return known
      }
      // Away or slow: the client is told the query is not known, and sends its text.
      const shared = await within(redisTimeoutMs, redis.get(key(hash))).catch(() => null)
      if (shared !== null) {
        keep(hash, shared)
      }
      return shared ?? undefined
    },
    matches: (hash, query) =>
      createHash('sha256').update(query).digest('hex') === hash.toLowerCase(),
    remember: async (hash, query) => {
      if (createHash('sha256').update(query).digest('hex') !== hash.toLowerCase()) {
        return false
      }
      if (query.length > maxQueryChars) {
        // Run as sent, not remembered: its hash alone will be asked for its text again.
        return true
      }
      keep(hash.toLowerCase(), query)
      if (redis && query.length <= maxSharedChars) {
        const share = async () => {
          const counter = `${keyPrefix}apq-count:${Math.floor(Date.now() / 1000 / day)}`
          const count = await redis.incr(counter)
          if (count === 1) {
            await redis.expire(counter, 2 * day)
          }
          if (count <= maxSharedPerDay) {
            await redis.set(key(hash.toLowerCase()), query, 'EX', day, 'NX')
          }
        }
        try {
          await within(redisTimeoutMs, share())
        } catch {
          // Kept here only: another server asks the client for the text once.
        }
      }
      return true
    },
  }
}
