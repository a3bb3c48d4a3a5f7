import type { CollectionConfig } from 'payload'

import { createHash } from 'node:crypto'

import { responseCacheOf } from '../../src/index.js'
import { createConsent, createGallery, createTestimonial } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { testClock } from '../helpers/testClock.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * The response cache on one app server (versions kept in the process): anonymous reads come from
 * memory, and every write, every instant and every credential is seen. The cache shared between
 * servers through Redis is covered in test/multiInstance.
 */
const clock = testClock()

/**
 * A host collection whose anonymous reads can be held half-way, to put a write in the middle of
 * one, and counted, to see how many computations ran.
 */
const gate = { anonymousReads: 0, held: undefined as Promise<void> | undefined }
const notes: CollectionConfig = {
  slug: 'notes',
  access: { read: () => true },
  fields: [{ name: 'title', type: 'text' }],
  hooks: {
    afterRead: [
      async ({ doc, req }) => {
        if (!req.user) {
          gate.anonymousReads++
          await gate.held
        }
        return doc
      },
    ],
  },
}
const hold = () => {
  let release!: () => void
  gate.held = new Promise((resolve) => {
    release = resolve
  })
  return () => {
    gate.held = undefined
    release()
  }
}

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    collections: [notes],
    plugin: {
      clock: clock.now,
      frontend: { responseCache: { maxBytes: 2 * 1024 * 1024, maxEntryBytes: 256 * 1024 } },
    },
  })
}, 120_000)
afterAll(async () => {
  await server?.close()
})
afterEach(() => clock.reset())

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, server.url), { headers })
const read = async (path: string, headers: Record<string, string> = {}) => {
  const response = await get(path, headers)
  return { cache: response.headers.get('x-cache'), response, text: await response.text() }
}
const counters = () => responseCacheOf(server.payload)!.counters()

describe('answers', () => {
  test('an anonymous read is computed once, then answered from memory, byte for byte', async () => {
    const first = await read('/api/articles?limit=2&depth=1')
    const second = await read('/api/articles?limit=2&depth=1')
    expect([first.cache, second.cache]).toEqual(['MISS', 'HIT'])
    expect(second.response.status).toBe(200)
    expect(second.text).toBe(first.text)
    expect(second.response.headers.get('content-type')).toMatch(/json/)
    expect(second.response.headers.get('etag')).toBe(first.response.headers.get('etag'))
    expect(second.response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    // Another query is another answer.
    expect((await read('/api/articles?limit=1&depth=1')).cache).toBe('MISS')
  })

  test('a HEAD is answered from the GET, and a matching If-None-Match gets 304', async () => {
    const { response } = await read('/api/faqs?limit=3')
    const head = await get('/api/faqs?limit=3', {}).then(() =>
      fetch(new URL('/api/faqs?limit=3', server.url), { method: 'HEAD' }),
    )
    expect(head.status).toBe(200)
    expect(head.headers.get('x-cache')).toBe('HIT')
    expect(head.headers.get('content-length')).toBe(response.headers.get('content-length'))
    const etag = response.headers.get('etag')!
    const conditional = await get('/api/faqs?limit=3', { 'if-none-match': etag })
    expect([conditional.status, conditional.headers.get('x-cache')]).toEqual([304, 'HIT'])
    expect(await conditional.text()).toBe('')
  })

  test('a token, a cookie or a range bypasses the cache, and the answer stays private', async () => {
    await read('/api/topics')
    const token = server.admin.headers()
    const signedIn = await read('/api/topics', token)
    expect(signedIn.cache).toBe('BYPASS')
    expect(signedIn.response.headers.get('cache-control')).toBe('private, no-store')
    expect((await read('/api/topics', { cookie: 'anything=1' })).cache).toBe('BYPASS')
    const consent = await createConsent(server.admin)
    const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
    expect((await read(gallery.before.url)).response.status).toBe(200)
    const part = await read(gallery.before.url, { range: 'bytes=0-9' })
    expect([part.cache, part.response.status]).toEqual(['BYPASS', 206])
  })

  test('errors are answered uncached and marked so', async () => {
    const missing = await read(`/api/articles/${server.nonexistentId}`)
    expect(missing.response.status).toBe(404)
    expect(missing.response.headers.get('cache-control')).toBe('no-store')
    expect((await read(`/api/articles/${server.nonexistentId}`)).cache).toBe('MISS')
  })

  test('image files are cached, and a photo whose consent is revoked is gone at once', async () => {
    const consent = await createConsent(server.admin)
    const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
    expect(gallery.status).toBe(201)
    const file = gallery.before.url as string
    const first = await read(file)
    expect([first.response.status, (await read(file)).cache]).toEqual([200, 'HIT'])
    expect(first.response.headers.get('content-type')).toBe('image/png')
    expect((await read(`/api/media/${gallery.before.id}`)).response.status).toBe(200)
    expect((await read(`/api/media/${gallery.before.id}`)).cache).toBe('HIT')

    const revoked = await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
      revokedAt: new Date().toISOString(),
    })
    expect(revoked.status).toBe(200)
    expect((await read(file)).response.status).toBe(403)
    expect((await read(`/api/media/${gallery.before.id}`)).response.status).toBe(404)
  })
})

describe('invalidation', () => {
  test('every kind of write shows in the next read: create, edit, publish, unpublish, slug change, delete', async () => {
    const list = async () =>
      JSON.parse((await read('/api/articles?limit=100&depth=0&sort=title')).text).docs.map(
        (doc: { slug: string }) => doc.slug,
      )
    const before = await list()
    expect(await list()).toEqual(before)
    const author = (await server.admin.get('/api/practitioners?limit=1&depth=0')).body.docs[0]
    const created = await server.admin.rest('POST', '/api/articles', {
      _status: 'published',
      author: author.id,
      body: richText('Cache test'),
      slug: 'cache-test-article',
      title: 'Cache test article',
    })
    expect(created.status).toBe(201)
    expect(await list()).toContain('cache-test-article')
    const id = created.body.doc.id
    const bySlug = '/api/articles?where[slug][equals]=cache-test-article&depth=0'
    expect(JSON.parse((await read(bySlug)).text).totalDocs).toBe(1)
    expect((await read(bySlug)).cache).toBe('HIT')

    await server.admin.rest('PATCH', `/api/articles/${id}`, { slug: 'cache-test-renamed' })
    expect(JSON.parse((await read(bySlug)).text).totalDocs).toBe(0)
    expect(await list()).toContain('cache-test-renamed')

    await server.admin.rest('PATCH', `/api/articles/${id}`, { title: 'Edited title' })
    expect(JSON.parse((await read(`/api/articles/${id}?depth=0`)).text).title).toBe('Edited title')

    await server.admin.rest('PATCH', `/api/articles/${id}?draft=true`, { title: 'Draft only' })
    // A draft changes nothing the public sees; the published title stays.
    expect(JSON.parse((await read(`/api/articles/${id}?depth=0`)).text).title).toBe('Edited title')

    await server.admin.rest('PATCH', `/api/articles/${id}`, { _status: 'draft' })
    expect((await read(`/api/articles/${id}?depth=0`)).response.status).toBe(404)
    expect(await list()).not.toContain('cache-test-renamed')

    await server.admin.rest('PATCH', `/api/articles/${id}`, { _status: 'published' })
    expect((await read(`/api/articles/${id}?depth=0`)).response.status).toBe(200)
    await server.admin.rest('DELETE', `/api/articles/${id}`)
    expect((await read(`/api/articles/${id}?depth=0`)).response.status).toBe(404)
    expect(await list()).toEqual(before)
  })

  test('a write evicts what read its collection, not the rest: an FAQ edit leaves practitioner pages cached', async () => {
    const practitioners = '/api/practitioners?depth=1'
    const faqs = '/api/faqs?depth=0&limit=50'
    await server.admin.rest('POST', '/api/practitioners', {
      _status: 'published',
      name: 'Ana Cache',
    })
    expect((await read(practitioners)).text).toContain('Ana Cache')
    await read(faqs)
    expect((await read(practitioners)).cache).toBe('HIT')
    const faq = JSON.parse((await read(faqs)).text).docs[0]
    const edited = await server.admin.rest('PATCH', `/api/faqs/${faq.id}`, {
      question: `${faq.question} (edited)`,
    })
    expect(edited.status).toBe(200)
    expect((await read(practitioners)).cache).toBe('HIT')
    const after = await read(faqs)
    expect(after.cache).toBe('MISS')
    expect(after.text).toContain('(edited)')
  })

  test('a bulk write through a where (the admin’s bulk unpublish) is seen', async () => {
    const faqs = '/api/faqs?depth=0&limit=50'
    const total = JSON.parse((await read(faqs)).text).totalDocs
    expect((await read(faqs)).cache).toBe('HIT')
    const first = JSON.parse((await read(faqs)).text).docs[0]
    const bulk = await server.admin.rest('PATCH', `/api/faqs?where[id][equals]=${first.id}`, {
      _status: 'draft',
    })
    expect(bulk.status).toBe(200)
    expect(JSON.parse((await read(faqs)).text).totalDocs).toBe(total - 1)
    await server.admin.rest('PATCH', `/api/faqs/${first.id}`, { _status: 'published' })
    expect(JSON.parse((await read(faqs)).text).totalDocs).toBe(total)
  })

  test('a consent’s end passing on the clock hides its testimonial at that instant, with no write', async () => {
    const consent = await createConsent(server.admin, {
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    })
    const created = await createTestimonial(server.admin, {
      _status: 'published',
      consent: consent.id,
    })
    expect(created.status).toBe(201)
    const path = `/api/testimonials/${created.body.doc.id}`
    expect((await read(path)).response.status).toBe(200)
    expect((await read(path)).cache).toBe('HIT')
    clock.advance(86_400_000 - 5_000)
    expect((await read(path)).response.status).toBe(200)
    clock.advance(10_000)
    expect((await read(path)).response.status).toBe(404)
  })

  test('a read that began before a write and ends after it is not stored', async () => {
    const created = await server.admin.rest('POST', '/api/notes', { title: 'Before' })
    const path = `/api/notes/${created.body.doc.id}`
    const release = hold()
    const reads = gate.anonymousReads
    const slow = read(path)
    while (gate.anonymousReads === reads) {
      await new Promise((resolve) => setImmediate(resolve))
    }
    // The read is under way, its document read; the write commits and answers 200 meanwhile.
    expect((await server.admin.rest('PATCH', path, { title: 'After' })).status).toBe(200)
    release()
    expect(JSON.parse((await slow).text).title).toBe('Before')
    const next = await read(path)
    expect([next.cache, JSON.parse(next.text).title]).toEqual(['MISS', 'After'])
  })

  test('100 concurrent misses of one key run one computation', async () => {
    const created = await server.admin.rest('POST', '/api/notes', { title: 'Popular' })
    const path = `/api/notes/${created.body.doc.id}?depth=0`
    const release = hold()
    const reads = gate.anonymousReads
    const coalesced = counters().coalesced
    const all = Array.from({ length: 100 }, () => read(path))
    while (counters().coalesced - coalesced < 99) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    release()
    const answers = await Promise.all(all)
    expect(gate.anonymousReads - reads).toBe(1)
    expect(new Set(answers.map(({ text }) => text)).size).toBe(1)
    expect(answers.every(({ response }) => response.status === 200)).toBe(true)
  })
})

describe('GraphQL', () => {
  const query = '{ Faqs(limit: 3, sort: "question") { docs { question } } }'
  const hash = createHash('sha256').update(query).digest('hex')
  const extensions = JSON.stringify({ persistedQuery: { sha256Hash: hash, version: 1 } })

  test('a query by POST is cached; a mutation, or a signed-in query, is not', async () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(new URL('/api/graphql', server.url), {
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...headers },
        method: 'POST',
      })
    const first = await post({ query })
    const second = await post({ query })
    expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['MISS', 'HIT'])
    expect(await second.text()).toBe(await first.text())
    expect((await post({ query }, server.admin.headers())).headers.get('x-cache')).toBe('BYPASS')
    const mutation = await post({ query: 'mutation { createTopic(data: { name: "x" }) { id } }' })
    expect(mutation.headers.get('x-cache')).toBe('BYPASS')
  })

  test('persisted queries by GET: an unknown hash is asked for, then the hash alone is answered and cached', async () => {
    const byHash = `/api/graphql?extensions=${encodeURIComponent(extensions)}`
    const unknown = await read(byHash)
    expect(JSON.parse(unknown.text).errors[0]).toMatchObject({
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      message: 'PersistedQueryNotFound',
    })
    const registered = await read(`${byHash}&query=${encodeURIComponent(query)}`)
    expect(registered.response.status).toBe(200)
    expect(JSON.parse(registered.text).data.Faqs.docs).toHaveLength(3)
    const hit = await read(byHash)
    expect([hit.cache, hit.text]).toEqual(['HIT', registered.text])
    const wrong = await read(
      `/api/graphql?extensions=${encodeURIComponent(extensions)}&query=${encodeURIComponent('{ Topics { totalDocs } }')}`,
    )
    expect(wrong.response.status).toBe(400)
    expect(
      (await read(`/api/graphql?query=${encodeURIComponent('mutation { logoutUser }')}`)).response
        .status,
    ).toBe(405)
  })

  test('a persisted query by POST with its hash alone runs, and a GET gets the checks a POST body gets', async () => {
    const byHashOnly = await fetch(new URL('/api/graphql', server.url), {
      body: JSON.stringify({ extensions: JSON.parse(extensions) }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(byHashOnly.status).toBe(200)
    expect((await byHashOnly.json()).data.Faqs.docs).toHaveLength(3)
    const cycle = 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'
    const refused = await read(`/api/graphql?query=${encodeURIComponent(cycle)}`)
    expect(refused.response.status).toBe(400)
    expect(JSON.parse(refused.text).errors[0].message).toMatch(/fragment/i)
  })

  test('a GraphQL answer is evicted by a write to what it read', async () => {
    const byHash = `/api/graphql?extensions=${encodeURIComponent(extensions)}&query=${encodeURIComponent(query)}`
    const before = await read(byHash)
    const question = JSON.parse(before.text).data.Faqs.docs[0].question as string
    const faq = (
      await server.admin.get(`/api/faqs?where[question][equals]=${encodeURIComponent(question)}`)
    ).body.docs[0]
    await server.admin.rest('PATCH', `/api/faqs/${faq.id}`, { question: `${question} again` })
    const after = await read(byHash)
    expect(after.cache).toBe('MISS')
    expect(after.text).toContain(`${question} again`)
  })
})

describe('what the request asks for', () => {
  test('a GraphQL answer is kept per media type Accept asks for, and a 406 is never served from memory', async () => {
    const body = JSON.stringify({ query: '{ Topics(limit: 2) { docs { slug } } }' })
    const post = (accept: string) =>
      fetch(new URL('/api/graphql', server.url), {
        body,
        headers: { accept, 'content-type': 'application/json' },
        method: 'POST',
      })
    const modern = await post('application/graphql-response+json')
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/)
    expect(modern.headers.get('vary')).toMatch(/\bAccept\b/)
    const classic = await post('application/json')
    expect(classic.headers.get('content-type')).toMatch(/^application\/json/)
    expect((await post('application/json')).headers.get('x-cache')).toBe('HIT')
    // The same choice in other words shares the answer.
    const same = await post('application/json; charset=utf-8, text/plain')
    expect([same.headers.get('x-cache'), await same.text()]).toEqual(['HIT', await classic.text()])
    for (const attempt of [1, 2]) {
      const refused = await post('text/html')
      expect([attempt, refused.status]).toEqual([attempt, 406])
    }
  })

  test('a file too large to keep is streamed to the reader whole, never held or stored', async () => {
    const sharp = (await import('sharp')).default
    const noise = Buffer.alloc(700 * 500 * 3)
    for (let index = 0; index < noise.length; index++) {
      noise[index] = (index * 2654435761) >>> 24
    }
    const data = await sharp(noise, { raw: { channels: 3, height: 500, width: 700 } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(data.byteLength).toBeGreaterThan(256 * 1024)
    const { body, status } = await server.admin.upload(
      'media',
      { data, name: 'large-noise.png', type: 'image/png' },
      { alt: 'Large', alwaysPublic: true },
    )
    expect(status).toBe(201)
    const path = new URL(body.doc.url as string).pathname
    const before = counters().bytes
    for (const attempt of [1, 2]) {
      const response = await get(path)
      const bytes = Buffer.from(await response.arrayBuffer())
      expect([attempt, response.status, response.headers.get('x-cache')]).toEqual([
        attempt,
        200,
        'MISS',
      ])
      expect(bytes.equals(data)).toBe(true)
      expect(response.headers.get('content-length')).toBe(String(data.byteLength))
    }
    expect(counters().bytes).toBe(before)
    const head = await fetch(new URL(path, server.url), { method: 'HEAD' })
    expect([head.status, (await head.arrayBuffer()).byteLength]).toEqual([200, 0])
  })

  test('every read answered without the cache is counted as a bypass', async () => {
    const unknownHash = encodeURIComponent(
      JSON.stringify({ persistedQuery: { sha256Hash: 'a'.repeat(64), version: 1 } }),
    )
    const paths = [
      `/api/graphql?extensions=${unknownHash}`,
      `/api/graphql?extensions=${unknownHash}&query=${encodeURIComponent('{ Topics { totalDocs } }')}`,
      `/api/graphql?query=${encodeURIComponent('mutation { logoutUser }')}`,
      '/api/graphql?locale=en',
    ]
    for (const path of paths) {
      const before = counters().bypasses
      const answer = await read(path)
      expect([path, answer.cache, counters().bypasses - before]).toEqual([path, 'BYPASS', 1])
    }
  })
})

describe('operation', () => {
  test('memory stays within its bound, evicting the least recently used', async () => {
    for (let page = 1; page <= 60; page++) {
      await read(`/api/articles?limit=1&page=${page % 3}&depth=3&x=${page}`)
    }
    const { bytes, evictions, maxBytes } = counters()
    expect(bytes).toBeLessThanOrEqual(maxBytes)
    expect(evictions).toBeGreaterThan(0)
  })

  test('editors read the counters; visitors may not', async () => {
    expect((await server.anonymous.get('/api/smp-clinic/response-cache')).status).toBe(403)
    const { body, status } = await server.admin.get('/api/smp-clinic/response-cache')
    expect(status).toBe(200)
    expect(body).toMatchObject({ enabled: true, store: 'local' })
    for (const name of ['hits', 'misses', 'bypasses', 'evictions', 'invalidations', 'bytes']) {
      expect(body[name]).toBeGreaterThan(0)
    }
  })
})
