import type { RedisClient } from '../../options/redisClient.js'

import { randomUUID } from 'node:crypto'

import { within } from './within.js'

/**
 * Where the version of each tag lives: a token that a write replaces. An answer is stored with the
 * tokens its computation started from and served only while they are still current, so a write
 * on any app server that shares the store makes it stale everywhere, before that write's `2xx`.
 */
export type VersionStore = {
  /**
   * Whether the store can be asked now. While it cannot, the cache is bypassed.
   */
  available: () => boolean
  /**
   * Gives each tag a new token. Throws when the store could not be told.
   */
  bump: (tags: string[]) => Promise<void>
  /**
   * Calls `listener` whenever answers stored so far can no longer be trusted (the store went
   * away: writes made meanwhile told nobody).
   */
  onLost: (listener: () => void) => void
  /**
   * The current token of each tag, in order. Throws when the store cannot be asked.
   */
  read: (tags: string[]) => Promise<string[]>
  /**
   * What the store is, for the counters.
   */
  kind: 'local' | 'redis'
}

/**
 * Versions kept in this process: exact for one app server, and for several only when each has
 * its own database.
 */
export const localVersionStore = (): VersionStore => {
  const tokens = new Map<string, string>()
  const epoch = randomUUID()
  let next = 0
  return {
    available: () => true,
    bump: async (tags) => {
      for (const tag of tags) {
        tokens.set(tag, `${epoch}:${++next}`)
      }
    },
    kind: 'local',
    onLost: () => undefined,
    read: async (tags) => tags.map((tag) => tokens.get(tag) ?? epoch),
  }
}

export type RedisVersionOptions = {
  /**
   * What every key starts with: app servers of one site share it, other sites on the same Redis
   * must not.
   */
  keyPrefix: string
  /**
   * How long a write that could not tell Redis waits for the connection to come back before it
   * answers anyway, in milliseconds.
   * @default 2000
   */
  reconnectWaitMs?: number
  /**
   * How long a command may take before the cache stops waiting for it, in milliseconds.
   * @default 250
   */
  timeoutMs?: number
}

/**
 * Versions kept in Redis, shared by every app server that uses the same Redis and prefix. A tag
 * never written has no key; it gets one (`SET … NX`) before an answer is stored against it, so a
 * Redis that lost its data can never make an old answer current again.
 */
export const redisVersionStore = (
  client: RedisClient,
  { keyPrefix, reconnectWaitMs = 2000, timeoutMs = 250 }: RedisVersionOptions,
): VersionStore => {
  const lostListeners = new Set<() => void>()
  // Answers stored while the connection was up are dropped whenever it goes: writes made while it
  // is away are told to nobody.
  let connected = client.status === undefined || client.status === 'ready'
  const lost = () => {
    connected = false
    lostListeners.forEach((listener) => listener())
  }
  client.on('close', lost)
  client.on('end', lost)
  // Tags of writes that could not be told: told first thing when the connection is back, so a
  // server that reconnected sooner stops serving what they changed.
  const untold = new Set<string>()
  const readyWaiters = new Set<() => void>()
  client.on('ready', () => {
    connected = true
    const tags = [...untold]
    untold.clear()
    if (tags.length) {
      const token = randomUUID()
      client.mset(...tags.flatMap((tag) => [key(tag), token])).catch(() => {
        tags.forEach((tag) => untold.add(tag))
      })
    }
    readyWaiters.forEach((resolve) => resolve())
    // Dropped once more: what was stored between the loss and this moment was stored blind.
    lostListeners.forEach((listener) => listener())
  })
  const ready = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        readyWaiters.delete(done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      readyWaiters.add(done)
    })
  // An error is followed by `close`; listening keeps Node from treating it as unhandled.
  client.on('error', () => undefined)
  const key = (tag: string) => `${keyPrefix}v:${tag}`
  return {
    available: () => connected && (client.status === undefined || client.status === 'ready'),
    bump: async (tags) => {
      if (!tags.length) {
        return
      }
      const send = () =>
        within(timeoutMs, client.mset(...tags.flatMap((tag) => [key(tag), randomUUID()])))
      try {
        await send()
      } catch {
        // Not told yet. Another server may already be connected again (each reconnects in its own
        // time after Redis returns) and serve what this write changed: the write waits a moment
        // for the connection to come back, then tells it before its 2xx.
        await ready(reconnectWaitMs)
        try {
          await send()
        } catch (error) {
          tags.forEach((tag) => untold.add(tag))
          throw error
        }
      }
    },
    kind: 'redis',
    onLost: (listener) => {
      lostListeners.add(listener)
    },
    read: async (tags) => {
      const found = await within(timeoutMs, client.mget(...tags.map(key)))
      if (found.every((token) => token !== null)) {
        return found as string[]
      }
      await Promise.all(
        found.flatMap((token, index) =>
          token === null
            ? [within(timeoutMs, client.set(key(tags[index]!), randomUUID(), 'NX'))]
            : [],
        ),
      )
      const again = await within(timeoutMs, client.mget(...tags.map(key)))
      if (again.some((token) => token === null)) {
        throw new Error('Redis lost a version it had just been given.')
      }
      return again as string[]
    },
  }
}
