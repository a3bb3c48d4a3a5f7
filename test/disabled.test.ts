import { startTestServer, type TestServer } from './helpers/testServer.js'

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
