import { createConsent, createGallery, createImage } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Clients' photos are served with `X-Robots-Tag`: a revoked photo leaves the site at once, but not
 * a search engine's index, so search engines are asked not to keep one. Here the social channel
 * is configured as indexable, to see the per-channel option followed.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    plugin: { site: { robots: { clientPhotos: { social: false } } } },
  })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const robotsOf = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers })
  await response.arrayBuffer()
  return [response.status, response.headers.get('x-robots-tag')]
}

const addressesOf = (image: { sizes?: unknown; url?: unknown }) => [
  image.url as string,
  ...Object.values((image.sizes ?? {}) as Record<string, { url?: null | string }>).flatMap(
    (size) => (size?.url ? [size.url] : []),
  ),
]

test("every file of a client's photo says noindex, noimageindex, from memory or not", async () => {
  const consent = await createConsent(server.admin, { scopes: ['website'] })
  const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
  expect(gallery.status).toBe(201)
  const files = [...addressesOf(gallery.before), ...addressesOf(gallery.after)]
  expect(files.length).toBeGreaterThan(2)
  // Other spellings of a file's address (a trailing slash) serve the same file, and say the same.
  files.push(`${gallery.after.url}/`, `${gallery.before.url}//`)
  for (const url of files) {
    // A miss, a hit, and a read with a cookie (answered uncached) all carry it.
    const reads: Record<string, string>[] = [{}, {}, { cookie: 'unrelated=1' }]
    for (const headers of reads) {
      expect([url, ...(await robotsOf(url, headers))]).toEqual([url, 200, 'noindex, noimageindex'])
    }
  }
})

test('a photo whose consent grants a channel configured as indexable, and any other image, carry none', async () => {
  const consent = await createConsent(server.admin, { scopes: ['website', 'social'] })
  const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
  expect(await robotsOf(gallery.after.url)).toEqual([200, null])
  const image = await createImage(server.admin, 'Clinic interior')
  const published = await server.admin.rest('PATCH', `/api/media/${image.id}`, {
    alwaysPublic: true,
  })
  expect(published.status).toBe(200)
  expect(await robotsOf(image.url)).toEqual([200, null])
})

test('narrowing a consent to the website adds the header to the photos it covers', async () => {
  const consent = await createConsent(server.admin, { scopes: ['website', 'social'] })
  const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
  expect(await robotsOf(gallery.before.url)).toEqual([200, null])
  const narrowed = await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
    scopes: ['website'],
  })
  expect(narrowed.status).toBe(200)
  expect(await robotsOf(gallery.before.url)).toEqual([200, 'noindex, noimageindex'])
})
