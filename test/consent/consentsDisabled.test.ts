import { createGallery, createTestimonial } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A host that keeps no consent records (`consents: false`): testimonials and galleries publish
 * without them, and everything else about privacy holds.
 */
describe('consents: false', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ plugin: { collections: { consents: false } } })
  })
  afterAll(async () => {
    await server?.close()
  })

  test('there is no consent route, field or state', async () => {
    expect((await server.admin.get('/api/consents')).status).toBe(404)
    const { body } = await server.admin.graphql(
      '{ __type(name: "Testimonial") { fields { name } } }',
    )
    const fields = body.data.__type.fields.map((field: { name: string }) => field.name)
    expect(fields).toContain('quote')
    expect(fields).not.toContain('consent')
    expect(fields).not.toContain('consentState')
  })

  test('testimonials and galleries publish without consent, and their photos become public', async () => {
    const testimonial = await createTestimonial(server.admin, { _status: 'published' })
    expect(testimonial.status).toBe(201)
    expect(
      (await server.anonymous.get(`/api/testimonials/${testimonial.body.doc.id}`)).status,
    ).toBe(200)
    const gallery = await createGallery(server.admin, { _status: 'draft' }, '?draft=true')
    expect((await server.anonymous.get(`/api/media/${gallery.before.id}`)).status).toBe(404)
    await server.admin.rest('PATCH', `/api/before-after-galleries/${gallery.body.doc.id}`, {
      _status: 'published',
    })
    expect((await server.anonymous.get(`/api/media/${gallery.before.id}`)).status).toBe(200)
    expect((await fetch(new URL(gallery.after.url, server.url))).status).toBe(200)
  })

  test('samples stay private and drafts hidden', async () => {
    const { body } = await server.anonymous.get('/api/testimonials?limit=100&draft=true')
    expect(body.docs.every((doc: { clientName: string }) => doc.clientName === 'T. C.')).toBe(true)
    expect(
      (await server.admin.get('/api/testimonials?draft=true&limit=0')).body.totalDocs,
    ).toBeGreaterThan(body.totalDocs)
  })
})
