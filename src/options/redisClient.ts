/**
 * The part of a Redis client the cache uses: `ioredis` has this shape. Give it
 * `enableOfflineQueue: false`, so a command fails at once while Redis is away instead of waiting.
 */
export type RedisClient = {
  get: (key: string) => Promise<null | string>
  mget: (...keys: string[]) => Promise<(null | string)[]>
  mset: (...keysAndValues: string[]) => Promise<unknown>
  on: (
    event: 'close' | 'end' | 'error' | 'ready',
    listener: (...args: unknown[]) => void,
  ) => unknown
  expire: (key: string, seconds: number) => Promise<unknown>
  incr: (key: string) => Promise<number>
  set: {
    (key: string, value: string, mode: 'NX'): Promise<unknown>
    (key: string, value: string, expiry: 'EX', seconds: number, mode: 'NX'): Promise<unknown>
  }
  status?: string
}
