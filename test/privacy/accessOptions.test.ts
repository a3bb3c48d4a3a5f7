import type { PayloadRequest } from 'payload'

import { createConsent, createGallery, createTestimonial, inDays } from '../helpers/fixtures.js'
import { ApiClient } from '../helpers/apiClient.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { devAdmin } from '../../dev/ensureFirstUser.js'

/**
 * The access options at integration level, on real servers: who counts as an editor and who
 * manages consents is the host's decision, a logged-in user who is neither is the public, and a
 * host without consent records publishes without them.
 */
const nameOf = (req: PayloadRequest) => (req.user as { name?: string } | null)?.name

describe('custom canEdit and canManageConsents', () => {
  let server: TestServer
  let writer: ApiClient
  let viewer: ApiClient

  const addUser = async (name: string) => {
    const email = `${name.toLowerCase()}@clinic.test`
    const created = await server.admin.rest('POST', '/api/users', {
      email,
      name,
      password: 'a-long-password',
    })
    expect(created.status).toBe(201)
    return new ApiClient(server.url).login(email, 'a-long-password')
  }

  beforeAll(async () => {
    server = await startTestServer({
      plugin: {
        access: {
          canEdit: ({ req }) => Boolean(req.user) && nameOf(req) !== 'Viewer',
          canManageConsents: ({ req }) => req.user?.email === devAdmin.email,
        },
        consent: { retentionYears: 10 },
      },
    })
    writer = await addUser('Writer')
    viewer = await addUser('Viewer')
  })
  afterAll(async () => {
    await server?.close()
  })

  test('an editor who is not a consent manager edits content but never sees a consent', async () => {
    const draft = await writer.rest('POST', '/api/faqs?draft=true', {
      _status: 'draft',
      answer: richText('Writer answer'),
      question: 'Written by the writer?',
    })
    expect(draft.status).toBe(201)
    expect((await writer.get(`/api/faqs/${draft.body.doc.id}?draft=true`)).status).toBe(200)
    const consent = await createConsent(server.admin)
    expect((await writer.get('/api/consents')).status).toBe(403)
    expect((await writer.get(`/api/consents/${consent.id}`)).status).toBe(403)
    expect((await writer.get('/api/consents/versions')).status).toBe(403)
    expect((await writer.rest('POST', '/api/consents', { subject: 'x' })).status).toBe(403)
    const gql = await writer.graphql('{ Consents { docs { subject } } }')
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    // The writer may still attach the consent a manager recorded, and publish with it.
    const testimonial = await createTestimonial(writer, {
      _status: 'published',
      consent: consent.id,
    })
    expect(testimonial.status).toBe(201)
    expect(testimonial.body.doc.consentState).toBe('valid')
  })

  test('a consent manager reads consents and their versions, with the configured retention', async () => {
    const expiresAt = inDays(-1)
    const consent = await createConsent(server.admin, { expiresAt, signedAt: inDays(-100) })
    const expected = new Date(expiresAt)
    expected.setUTCFullYear(expected.getUTCFullYear() + 10)
    expect(consent.retainUntil).toBe(expected.toISOString())
    expect((await server.admin.get('/api/consents/versions')).status).toBe(200)
  })

  test('a logged-in user who is not an editor reads exactly what the public reads', async () => {
    const hidden = await server.admin.rest('POST', '/api/faqs?draft=true', {
      _status: 'draft',
      answer: richText('Hidden'),
      question: 'Viewer must not see this?',
    })
    expect((await viewer.get(`/api/faqs/${hidden.body.doc.id}?draft=true`)).status).toBe(404)
    expect((await viewer.rest('POST', '/api/faqs', { question: 'x' })).status).toBe(403)
    expect((await viewer.get('/api/testimonials?sort=practitioner.name')).status).toBe(400)
    const gallery = await createGallery(server.admin, { _status: 'draft' }, '?draft=true')
    expect((await viewer.get(`/api/media/${gallery.before.id}`)).status).toBe(404)
    expect((await viewer.fetch(gallery.before.url)).status).toBe(403)
    const list = await viewer.get('/api/articles?depth=0')
    expect(JSON.stringify(list.body)).not.toContain('seedKey')
  })
})
