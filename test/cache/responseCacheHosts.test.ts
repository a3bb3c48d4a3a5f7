import type { CollectionConfig } from 'payload'

import { createHash } from 'node:crypto'
import type { Redis } from 'ioredis'

import { redisClient } from '../../dev/redisClient.js'
import { clinicNow } from '../../src/index.js'
import { createConsent } from '../helpers/fixtures.js'
import { testClock } from '../helpers/testClock.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import {
  startThrowawayRedis,
  throwawayRedisMissing,
  type ThrowawayRedis,
} from '../helpers/throwawayRedis.js'

/**
 * The response cache with what a host brings: its own auth strategy, an upload collection anyone
 * may read, a read rule on its own dates, and Redis (a throwaway server that keeps its data, so
 * it can be stopped and come back with the versions it had).
 */
const missing = throwawayRedisMissing()
if (missing) {
  console.log(`skipped: the response cache with a host's collections needs Redis: ${missing}`)
}
const describeWithRedis = missing ? describe.skip : describe

const clock = testClock()
const prefix = `smp-hosts-${Date.now().toString(36)}:`

// A machine client signed in by a header of the host's choosing, as one of the editors.
const robots: CollectionConfig = {
  slug: 'robots',
  auth: {
    disableLocalStrategy: true,
    strategies: [
      {
        name: 'robot-key',
        authenticate: async ({ headers, payload }) => {
          if (headers.get('x-robot-key') !== 'sekret') {
            return { user: null }
          }
          const { docs } = await payload.find({ collection: 'users', limit: 1 })
          return { user: { ...docs[0]!, collection: 'users' } as never }
        },
      },
    ],
  },
  fields: [],
}
const files: CollectionConfig = {
  slug: 'files',
  access: { read: () => true },
  fields: [],
  upload: { mimeTypes: ['text/plain'] },
}
const notices: CollectionConfig = {
  slug: 'notices',
  access: {
    read: ({ req }) =>
      req.user ? true : { showUntil: { greater_than: clinicNow(req).toISOString() } },
  },
  fields: [
    { name: 'title', type: 'text' },
    { name: 'showUntil', type: 'date' },
  ],
}

let redis: ThrowawayRedis
let client: Redis
let server: TestServer
beforeAll(async () => {
  if (missing) {
    return
  }
  redis = await startThrowawayRedis({ persist: true })
  client = redisClient(redis.url)
  server = await startTestServer({
    collections: [robots, files, notices],
    plugin: {
      clock: clock.now,
      frontend: { responseCache: { redis: client, redisKeyPrefix: prefix } },
    },
  })
  // The client is connected before anything is read.
  const deadline = Date.now() + 10_000
  while (client.status !== 'ready' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}, 120_000)
afterAll(async () => {
  await server?.close()
  client?.disconnect()
  await redis?.stop()
})
afterEach(() => clock.reset())

const read = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(new URL(path, server.url), { headers })
  return {
    cache: response.headers.get('x-cache'),
    status: response.status,
    text: await response.text(),
  }
}

/**
 * Reads until the cache answers from memory again (it resumes by itself once Redis is back).
 */
const untilCached = async (path: string) => {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if ((await read(path)).cache !== 'BYPASS') {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the cache did not resume')
}

describeWithRedis('a host’s collections and strategies', () => {
  test('an answer computed for someone a host’s own strategy signs in is never stored, and such a request never gets a stored answer', async () => {
    await createConsent(server.admin, { subject: 'Jane Private Doe' })
    const robot = { 'x-robot-key': 'sekret' }
    expect((await read('/api/consents?limit=1&depth=0')).status).toBe(403)
    const signedIn = await read('/api/consents?limit=2&depth=0', robot)
    expect(signedIn.status).toBe(200)
    expect(signedIn.text).toContain('Jane Private Doe')
    const anonymous = await read('/api/consents?limit=2&depth=0')
    expect([anonymous.status, anonymous.text]).toEqual([403, expect.not.stringContaining('Jane')])

    await read('/api/faqs?limit=1')
    expect((await read('/api/faqs?limit=1')).cache).toBe('HIT')
    expect((await read('/api/faqs?limit=1', robot)).cache).toBe('BYPASS')
  })

  test('a file of an upload collection anyone may read is dropped when its document is deleted or replaced', async () => {
    const upload = async (text: string) => {
      const form = new FormData()
      form.append('file', new Blob([text], { type: 'text/plain' }), 'note.txt')
      form.append('_payload', '{}')
      const response = await fetch(`${server.url}/api/files`, {
        body: form,
        headers: server.admin.headers(),
        method: 'POST',
      })
      expect(response.status).toBe(201)
      return (await response.json()).doc as { filename: string; id: number | string; url: string }
    }
    const first = await upload('version one')
    expect((await read(first.url)).text).toBe('version one')
    expect((await read(first.url)).cache).toBe('HIT')
    expect((await server.admin.rest('DELETE', `/api/files/${first.id}`)).status).toBe(200)
    const gone = await read(first.url)
    expect(gone.status).toBe(404)
    const second = await upload('version two')
    expect(second.url).toBe(first.url)
    expect((await read(second.url)).text).toBe('version two')
  })

  test('Redis back with its data after a write it missed: answers follow the instant that write added', async () => {
    const create = (title: string, showUntil: Date) =>
      server.admin.rest('POST', '/api/notices', { showUntil: showUntil.toISOString(), title })
    await create('Long notice', new Date(Date.now() + 365 * 86_400_000))
    const list = '/api/notices?depth=0&sort=title'
    await read(list)
    expect((await read(list)).cache).toBe('HIT')

    await redis.kill()
    const created = await create('Short notice', new Date(Date.now() + 3_600_000))
    expect(created.status).toBe(201)
    expect((await read(list)).cache).toBe('BYPASS')
    await redis.start()
    await untilCached(list)
    const titles = async () =>
      JSON.parse((await read(list)).text).docs.map((doc: { title: string }) => doc.title)
    expect(await titles()).toEqual(['Long notice', 'Short notice'])
    clock.advance(2 * 3_600_000)
    expect(await titles()).toEqual(['Long notice'])
  })

  test('a persisted query is remembered only once it has passed the checks, here and in Redis', async () => {
    const junk = `not even graphql ${'x'.repeat(100)}`
    const hash = createHash('sha256').update(junk).digest('hex')
    const extensions = JSON.stringify({ persistedQuery: { sha256Hash: hash, version: 1 } })
    const sent = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ extensions: JSON.parse(extensions), query: junk }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(sent.status).toBe(400)
    const byHash = await read(`/api/graphql?extensions=${encodeURIComponent(extensions)}`)
    expect(JSON.parse(byHash.text).errors[0].message).toBe('PersistedQueryNotFound')
    expect(await client.exists(`${prefix}apq:${hash}`)).toBe(0)

    const query = '{ Topics(limit: 1) { totalDocs } }'
    const good = createHash('sha256').update(query).digest('hex')
    const goodExtensions = encodeURIComponent(
      JSON.stringify({ persistedQuery: { sha256Hash: good, version: 1 } }),
    )
    await read(`/api/graphql?extensions=${goodExtensions}&query=${encodeURIComponent(query)}`)
    expect(await client.ttl(`${prefix}apq:${good}`)).toBeGreaterThan(0)
  })

  test('a Redis that stops answering with its connections open delays no persisted query', async () => {
    const query = `{ Topics(limit: 2) { totalDocs } }`
    const hash = createHash('sha256').update(query).digest('hex')
    const extensions = encodeURIComponent(
      JSON.stringify({ persistedQuery: { sha256Hash: hash, version: 1 } }),
    )
    const timed = async (path: string, init?: RequestInit) => {
      const started = performance.now()
      const response = await fetch(`${server.url}${path}`, {
        ...init,
        signal: AbortSignal.timeout(10_000),
      })
      return { ms: performance.now() - started, response, text: await response.text() }
    }
    redis.pause()
    try {
      const unknown = await timed(`/api/graphql?extensions=${extensions}`)
      expect(JSON.parse(unknown.text).errors[0].message).toBe('PersistedQueryNotFound')
      const registered = await timed(
        `/api/graphql?extensions=${extensions}&query=${encodeURIComponent(query)}`,
      )
      expect(registered.response.status).toBe(200)
      const posted = await timed('/api/graphql', {
        body: JSON.stringify({ extensions: JSON.parse(decodeURIComponent(extensions)), query }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      expect(posted.response.status).toBe(200)
      // Each waits for Redis at most its 250 ms timeouts, never until the connection gives up.
      for (const { ms } of [unknown, registered, posted]) {
        expect(ms).toBeLessThan(5_000)
      }
    } finally {
      redis.resume()
    }
    await untilCached('/api/topics?limit=1')
  })
})
