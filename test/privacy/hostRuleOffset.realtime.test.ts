import type { Access, Where } from 'payload'

import { clinicNow } from '../../src/index.js'
import { createImage } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A host's read rule that compares a date with an offset from the plugin's clock (articles public
 * 1.5 s after their `publishedAt`), on a server with no webhook endpoints: the instant is still
 * found, and the article's images follow it with nobody saving anything.
 */
const delayMs = 1500
const delayed = (now: Date): Where => ({
  and: [
    { _status: { equals: 'published' } },
    { publishedAt: { less_than_equal: new Date(now.getTime() - delayMs).toISOString() } },
  ],
})
const afterDelay: Access = ({ req }) => (req.user ? true : delayed(clinicNow(req)))

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    plugin: { collections: { articles: { access: { read: afterDelay } } }, seed: false },
  })
}, 120_000)
afterAll(async () => server?.close())

test('an article public 1.5 s after its publishedAt: next-change names that instant, and its hero image is served from then on, without webhooks', async () => {
  const image = await createImage(server.admin, 'Delayed hero')
  const publishedAt = Date.now()
  const created = await server.admin.rest('POST', '/api/articles', {
    _status: 'published',
    body: richText('Body.'),
    heroImage: image.id,
    publishedAt: new Date(publishedAt).toISOString(),
    title: `Delayed ${Date.now()}`,
  })
  expect(created.status).toBe(201)
  const at = publishedAt + delayMs
  const status = async () => (await server.anonymous.fetch(String(image.url))).status
  expect(await status()).toBe(403)
  const { body: next } = await server.anonymous.get('/api/smp-clinic/next-change')
  expect(next.nextChange).toBe(new Date(at).toISOString())
  // Any answer that reads articles is kept no longer than the instant.
  const response = await server.anonymous.fetch('/api/articles/count')
  expect(response.headers.get('cache-control')).toMatch(/^public, max-age=[01]$|^public, no-cache$/)
  while ((await status()) !== 200) {
    expect(Date.now()).toBeLessThan(at + 2000)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  expect(Date.now()).toBeGreaterThanOrEqual(at)
  const list = await server.anonymous.get('/api/articles?depth=0')
  expect((list.body.docs as { id: unknown }[]).map(({ id }) => id)).toContain(created.body.doc.id)
})
