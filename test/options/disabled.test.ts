import { createImage } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * `disabled: true`, as an agency sets it while migrating: the schema stays, behaviour stops.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { disabled: true, seed: 'onInit' } })
})
afterAll(async () => {
  await server?.close()
})

test('every collection still exists and accepts documents', async () => {
  for (const slug of [
    'articles',
    'faqs',
    'testimonials',
    'before-after-galleries',
    'practitioners',
    'topics',
    'consents',
    'media',
  ]) {
    expect((await server.admin.get(`/api/${slug}`)).status).toBe(200)
  }
  const topic = await server.admin.rest('POST', '/api/topics', { name: 'Alopecia' })
  expect(topic.status).toBe(201)
})

test('nothing is seeded and the seed endpoint is absent', async () => {
  expect((await server.admin.get('/api/faqs?limit=0')).body.totalDocs).toBe(0)
  expect((await server.admin.rest('POST', '/api/smp-clinic/seed')).status).toBe(404)
})

test('privacy does not depend on behaviour: drafts stay hidden and new photos private', async () => {
  const draft = await server.admin.rest('POST', '/api/faqs?draft=true', {
    _status: 'draft',
    question: 'Disabled draft?',
  })
  expect(draft.status).toBe(201)
  expect((await server.anonymous.get(`/api/faqs/${draft.body.doc.id}?draft=true`)).status).toBe(404)
  const image = await createImage(server.admin)
  expect((await server.anonymous.get(`/api/media/${image.id}`)).status).toBe(404)
  expect((await fetch(new URL(image.url, server.url))).status).toBe(403)
  expect((await server.anonymous.get('/api/testimonials?sort=practitioner.name')).status).toBe(400)
})
