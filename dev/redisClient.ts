import { Redis } from 'ioredis'

/**
 * A Redis client as the response cache wants one: a command fails at once while Redis is away
 * (no offline queue, no retries), so reads are answered uncached instead of waiting, and the
 * connection comes back by itself.
 */
export const redisClient = (url: string): Redis => {
  const client = new Redis(url, {
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(100 * attempt, 1000),
  })
  // Reported by the cache as it bypasses; a client without a listener would print each one.
  client.on('error', () => undefined)
  return client
}
