import { createConsent, createGallery } from '../helpers/fixtures.js'
import { testClock } from '../helpers/testClock.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * What a browser on the clinic's site gets from the API: CORS for the configured origins only,
 * absolute URLs, and HTTP caching of anonymous reads that never outlives a consent.
 */
const site = 'https://www.example-clinic.test'
const clock = testClock()
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    plugin: { clock: clock.now, frontend: { origins: [`${site}/`] }, seed: 'onInit' },
  })
}, 120_000)
afterAll(async () => {
  await server?.close()
})
afterEach(() => clock.reset())

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, server.url), { headers })

/**
 * `max-age` and `stale-while-revalidate` of a Cache-Control value, in seconds (0 when absent).
 */
const lifetimes = (value: null | string) => {
  const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(value ?? '')?.[1] ?? 0)
  return { fresh: seconds('max-age'), stale: seconds('stale-while-revalidate') }
}

describe('CORS for the frontend’s origins', () => {
  test('a read from the site gets its origin back, with credentials; another origin gets none', async () => {
    for (const path of ['/api/articles?limit=1', '/api/nowhere', '/api/articles?limit=abc']) {
      const allowed = await get(path, { Origin: site })
      expect([path, allowed.headers.get('access-control-allow-origin')]).toEqual([path, site])
      expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
      const other = await get(path, { Origin: 'https://elsewhere.test' })
      expect([path, other.headers.get('access-control-allow-origin')]).toEqual([path, null])
    }
  })

  test('a preflight for REST and GraphQL allows the method and the headers a site sends', async () => {
    for (const path of ['/api/articles', '/api/graphql']) {
      const response = await fetch(new URL(path, server.url), {
        headers: {
          'Access-Control-Request-Headers': 'content-type, if-none-match',
          'Access-Control-Request-Method': 'POST',
          Origin: site,
        },
        method: 'OPTIONS',
      })
      expect([path, response.status]).toEqual([path, 200])
      expect(response.headers.get('access-control-allow-origin')).toBe(site)
      expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/)
      expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(
        /if-none-match/,
      )
    }
  })

  test('GraphQL answers a browser on the site', async () => {
    const response = await fetch(new URL('/api/graphql', server.url), {
      body: JSON.stringify({ query: '{ Topics(limit: 1) { docs { name } } }' }),
      headers: { 'content-type': 'application/json', Origin: site },
      method: 'POST',
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(site)
  })
})

test('every URL in a response is absolute, on the server’s own URL', async () => {
  const { body } = await server.admin.get('/api/media?limit=1')
  const image = body.docs[0]
  expect(image.url.startsWith(`${server.url}/api/media/file/`)).toBe(true)
  for (const size of Object.values(image.sizes as Record<string, { url: null | string }>)) {
    if (size.url) {
      expect(size.url.startsWith(`${server.url}/api/media/file/`)).toBe(true)
    }
  }
})

describe('HTTP caching', () => {
  test('an anonymous read has a strong ETag and a short public lifetime, and revalidates to 304', async () => {
    const first = await get('/api/articles?limit=1')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]{43}"$/)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    )
    expect(first.headers.get('vary')).toMatch(/Authorization/)
    const body = await first.text()
    const again = await get('/api/articles?limit=1', { 'If-None-Match': etag! })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    const changed = await get('/api/articles?limit=1', { 'If-None-Match': '"other"' })
    expect(changed.status).toBe(200)
    expect(await changed.text()).toBe(body)
  })

  test('an image file is cached the same way', async () => {
    const consent = await createConsent(server.admin)
    const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
    expect(gallery.status).toBe(201)
    const url = gallery.after.url as string
    const first = await get(url)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toMatch(/^image\//)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]{43}"$/)
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    expect((await get(url, { 'If-None-Match': etag })).status).toBe(304)
  })

  test('anything read with credentials is private and never stored', async () => {
    for (const path of ['/api/articles?limit=1', '/api/articles?limit=1&draft=true']) {
      const response = await server.admin.fetch(path)
      expect([path, response.headers.get('cache-control')]).toEqual([path, 'private, no-store'])
    }
    // A token that does not verify is still a credential: such an answer is not shared either.
    const forged = await get('/api/articles?limit=1', { Authorization: 'JWT not-a-token' })
    expect(forged.headers.get('cache-control')).toBe('private, no-store')
    // Payload reads its cookie leniently (a space before "=" still logs in), so any cookie
    // makes an answer private.
    for (const cookie of [
      'payload-token=x',
      `payload-token =${server.admin.headers().Authorization!.replace('JWT ', '')}`,
      'theme=dark',
    ]) {
      const response = await get('/api/articles?limit=1&draft=true', { Cookie: cookie })
      expect([cookie, response.headers.get('cache-control')]).toEqual([cookie, 'private, no-store'])
    }
  })

  test('a range of a file is never stored, and private ranges stay private', async () => {
    const consent = await createConsent(server.admin)
    const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
    const url = gallery.after.url as string
    const anonymous = await get(url, { Range: 'bytes=0-9' })
    expect(anonymous.status).toBe(206)
    expect(anonymous.headers.get('cache-control')).toBe('no-store')
    const editor = await fetch(new URL(url, server.url), {
      headers: server.admin.headers({ Range: 'bytes=0-9' }),
    })
    expect(editor.status).toBe(206)
    expect(editor.headers.get('cache-control')).toBe('private, no-store')
  })

  test('the server’s own refusals are not stored either, and a site can read the ETag', async () => {
    for (const path of ['/api/topics/abc', '/api/nowhere', '/api/topics?limit=abc']) {
      const response = await get(path, { Origin: site })
      expect([path, response.status >= 400, response.headers.get('cache-control')]).toEqual([
        path,
        true,
        'no-store',
      ])
    }
    const read = await get('/api/topics?limit=1', { Origin: site })
    expect(read.headers.get('access-control-expose-headers')).toMatch(/ETag/)
  })

  test('errors are not stored', async () => {
    const response = await get('/api/articles/999999')
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  test('no public read that shows what a consent covers may be kept past the instant it ends', async () => {
    const consent = await createConsent(server.admin, {
      expiresAt: new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString(),
    })
    const gallery = await createGallery(server.admin, {
      _status: 'published',
      consent: consent.id,
    })
    expect(gallery.status).toBe(201)
    const expiry = new Date(consent.expiresAt).getTime()
    for (const secondsLeft of [400, 90, 20]) {
      clock.set(new Date(expiry - secondsLeft * 1000))
      for (const path of ['/api/before-after-galleries', gallery.after.url]) {
        const response = await get(path)
        expect([path, response.status]).toEqual([path, 200])
        const { fresh, stale } = lifetimes(response.headers.get('cache-control'))
        expect([path, secondsLeft, fresh + stale <= secondsLeft]).toEqual([path, secondsLeft, true])
        expect(fresh).toBeGreaterThan(0)
      }
      // The lifetime follows what the answer read: the topics show nothing the consent covers.
      expect((await get('/api/topics?limit=1')).headers.get('cache-control')).toMatch(
        /^public, max-age=60, stale-while-revalidate=300$/,
      )
    }
    clock.set(new Date(expiry))
    expect((await get('/api/before-after-galleries')).headers.get('cache-control')).toMatch(
      /^public, max-age=60/,
    )
    expect((await get(gallery.after.url)).status).toBe(403)
  })
})
