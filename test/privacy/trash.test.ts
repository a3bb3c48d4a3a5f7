import { createConsent, createTestimonial } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A host that turns the trash on for a clinic collection: a deleted document stays in the
 * database, and only editors may see it there.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    plugin: { collections: { testimonials: { trash: true } }, seed: false },
  })
}, 120_000)
afterAll(async () => server?.close())

test('a testimonial moved to the trash is gone for visitors on every path, trash=true included, and stays in the trash for editors', async () => {
  const consent = await createConsent(server.admin)
  const made = await createTestimonial(server.admin, {
    _status: 'published',
    clientName: 'Jane Trashed',
    consent: consent.id,
    quote: 'A quote that was deleted.',
  })
  expect(made.status).toBe(201)
  const id = made.body.doc.id
  expect((await server.anonymous.get(`/api/testimonials/${id}`)).status).toBe(200)
  const trashed = await server.admin.rest('PATCH', `/api/testimonials/${id}`, {
    deletedAt: new Date().toISOString(),
  })
  expect(trashed.status).toBe(200)

  for (const path of [`/api/testimonials/${id}`, `/api/testimonials/${id}?trash=true`]) {
    expect([path, (await server.anonymous.get(path)).status]).toEqual([path, 404])
  }
  for (const path of ['/api/testimonials?trash=true', '/api/testimonials?trash=true&depth=0']) {
    const { body } = await server.anonymous.get(path)
    expect([path, JSON.stringify(body)]).not.toEqual([path, expect.stringContaining('Jane')])
  }
  const count = await server.anonymous.get('/api/testimonials/count?trash=true')
  expect(count.body.totalDocs).toBe(0)
  const graphql = await server.anonymous.graphql(
    '{ Testimonials(trash: true) { docs { clientName quote } } }',
  )
  expect(JSON.stringify(graphql.body)).not.toContain('Jane')
  const byId = await server.anonymous.graphql(
    `{ Testimonial(id: ${JSON.stringify(id)}, trash: true) { clientName } }`,
  )
  expect(JSON.stringify(byId.body)).not.toContain('Jane')

  // Editors still find it in the trash, to restore it.
  const editor = await server.admin.get(`/api/testimonials/${id}?trash=true`)
  expect(editor.status).toBe(200)
  expect(editor.body.clientName).toBe('Jane Trashed')
})
