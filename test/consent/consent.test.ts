import { smpClinicQueue } from '../../src/index.js'
import { createConsent, createGallery, createTestimonial, inDays } from '../helpers/fixtures.js'
import { testClock } from '../helpers/testClock.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

const clock = testClock()
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { clock: clock.now, seed: false } })
})
afterEach(() => clock.reset())
afterAll(async () => {
  await server?.close()
})

const count = async (collection: string) =>
  (await server.admin.get(`/api/${collection}?limit=0&draft=true`)).body.totalDocs as number

const fieldErrors = (body: any): { message: string; path: string }[] =>
  body.errors?.[0]?.data?.errors ?? []

describe('publishing needs a consent that covers the website', () => {
  test('a testimonial without consent is refused with a 400 naming the consent field, and nothing is stored', async () => {
    const before = await count('testimonials')
    const { body, status } = await createTestimonial(server.admin, { _status: 'published' })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/signed consent is required/),
        path: 'consent',
      }),
    ])
    expect(await count('testimonials')).toBe(before)
  })

  test('a gallery without consent is refused the same way', async () => {
    const before = await count('before-after-galleries')
    const { body, status } = await createGallery(server.admin, { _status: 'published' })
    expect(status).toBe(400)
    expect(fieldErrors(body).map(({ path }) => path)).toEqual(['consent'])
    expect(await count('before-after-galleries')).toBe(before)
  })

  test.each([
    ['expired', { expiresAt: inDays(-1), signedAt: inDays(-30) }, /expired/],
    ['revoked', { revokedAt: inDays(-1) }, /revoked/],
    ['social media only', { scopes: ['social'] }, /does not cover the website/],
    ['signed in the future', { signedAt: inDays(3) }, /signing date/],
  ])('a consent that is %s is refused with the reason', async (_name, terms, reason) => {
    const consent = await createConsent(server.admin, terms)
    const { body, status } = await createTestimonial(server.admin, {
      _status: 'published',
      consent: consent.id,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)[0]).toMatchObject({
      message: expect.stringMatching(reason),
      path: 'consent',
    })
  })

  test('a gallery also needs the unretouched-photos attestation', async () => {
    const consent = await createConsent(server.admin)
    const { body, status } = await createGallery(server.admin, {
      _status: 'published',
      consent: consent.id,
      unretouchedAttestation: false,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body).map(({ path }) => path)).toEqual(['unretouchedAttestation'])
  })

  test('a draft can be saved without consent, and published once one is attached', async () => {
    const draft = await createTestimonial(server.admin, { _status: 'draft' }, '?draft=true')
    expect(draft.status).toBe(201)
    const consent = await createConsent(server.admin)
    const published = await server.admin.rest('PATCH', `/api/testimonials/${draft.body.doc.id}`, {
      _status: 'published',
      consent: consent.id,
    })
    expect(published.status).toBe(200)
    expect((await server.anonymous.get(`/api/testimonials/${draft.body.doc.id}`)).status).toBe(200)
  })
})

describe('when consent ends, the content it covered is unpublished', () => {
  const publishedWith = async (terms: Parameters<typeof createConsent>[1] = {}) => {
    const consent = await createConsent(server.admin, terms)
    const testimonial = await createTestimonial(server.admin, {
      _status: 'published',
      consent: consent.id,
    })
    const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
    expect([testimonial.status, gallery.status]).toEqual([201, 201])
    return {
      consent,
      gallery: gallery.body.doc,
      image: gallery.before,
      testimonial: testimonial.body.doc,
    }
  }

  test('revoking a consent unpublishes its testimonial and gallery and hides the photos', async () => {
    const { consent, gallery, image, testimonial } = await publishedWith()
    expect((await server.anonymous.get(`/api/testimonials/${testimonial.id}`)).status).toBe(200)
    expect((await server.anonymous.get(`/api/media/${image.id}`)).status).toBe(200)

    const revoked = await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
      revokedAt: new Date().toISOString(),
    })
    expect(revoked.status).toBe(200)
    expect(revoked.body.doc.status).toBe('revoked')

    expect((await server.anonymous.get(`/api/testimonials/${testimonial.id}`)).status).toBe(404)
    expect((await server.anonymous.get(`/api/before-after-galleries/${gallery.id}`)).status).toBe(
      404,
    )
    expect((await server.anonymous.get(`/api/media/${image.id}`)).status).toBe(404)
    expect((await server.admin.get(`/api/testimonials/${testimonial.id}`)).body._status).toBe(
      'draft',
    )
    expect((await server.admin.get(`/api/before-after-galleries/${gallery.id}`)).body._status).toBe(
      'draft',
    )
    expect((await server.admin.get(`/api/testimonials/${testimonial.id}`)).body.consentState).toBe(
      'revoked',
    )
  })

  test('editors see the consent state at a glance; the public never sees it', async () => {
    const { testimonial } = await publishedWith()
    expect((await server.admin.get(`/api/testimonials/${testimonial.id}`)).body.consentState).toBe(
      'valid',
    )
    const draft = await createTestimonial(server.admin, { _status: 'draft' }, '?draft=true')
    const draftView = await server.admin.get(`/api/testimonials/${draft.body.doc.id}?draft=true`)
    expect(draftView.body.consentState).toBe('missing')
    const publicView = await server.anonymous.get(`/api/testimonials/${testimonial.id}`)
    expect(publicView.status).toBe(200)
    expect(publicView.body).not.toHaveProperty('consentState')
  })

  test('moving the expiry into the past unpublishes too', async () => {
    const { consent, testimonial } = await publishedWith({ expiresAt: inDays(30) })
    await server.admin.rest('PATCH', `/api/consents/${consent.id}`, { expiresAt: inDays(-1) })
    expect((await server.admin.get(`/api/testimonials/${testimonial.id}`)).body._status).toBe(
      'draft',
    )
  })

  test('deleting a consent unpublishes what relied on it', async () => {
    const { consent, testimonial } = await publishedWith()
    expect((await server.admin.rest('DELETE', `/api/consents/${consent.id}`)).status).toBe(200)
    expect((await server.admin.get(`/api/testimonials/${testimonial.id}`)).body._status).toBe(
      'draft',
    )
  })

  test('a consent that lapses on its own hides the testimonial from the moment it expires', async () => {
    const { consent, testimonial } = await publishedWith({ expiresAt: inDays(2) })
    expect(consent.status).toBe('valid')
    clock.advance(2 * 24 * 60 * 60 * 1000 - 60_000)
    expect((await server.anonymous.get(`/api/testimonials/${testimonial.id}`)).status).toBe(200)
    clock.advance(61_000)
    expect((await server.anonymous.get(`/api/testimonials/${testimonial.id}`)).status).toBe(404)
    const list = await server.anonymous.graphql('{ Testimonials { docs { id } } }')
    expect(list.body.data.Testimonials.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(
      testimonial.id,
    )
  })

  test('the scheduled task then unpublishes it, so the admin panel shows it as a draft', async () => {
    const { consent, gallery, testimonial } = await publishedWith({ expiresAt: inDays(1) })
    clock.advance(2 * 24 * 60 * 60 * 1000)
    await server.payload.jobs.queue({
      input: {},
      queue: smpClinicQueue,
      task: 'smpUnpublishLapsedConsents',
    })
    await server.payload.jobs.run({ queue: smpClinicQueue })
    expect((await server.admin.get(`/api/testimonials/${testimonial.id}`)).body._status).toBe(
      'draft',
    )
    expect((await server.admin.get(`/api/before-after-galleries/${gallery.id}`)).body._status).toBe(
      'draft',
    )
    expect((await server.admin.get(`/api/consents/${consent.id}`)).body.status).toBe('expired')
  })

  test('extending a consent keeps the content published', async () => {
    const { consent, testimonial } = await publishedWith({ expiresAt: inDays(10) })
    await server.admin.rest('PATCH', `/api/consents/${consent.id}`, { expiresAt: inDays(400) })
    expect((await server.admin.get(`/api/testimonials/${testimonial.id}`)).body._status).toBe(
      'published',
    )
    expect((await server.anonymous.get(`/api/testimonials/${testimonial.id}`)).status).toBe(200)
  })
})

describe('disclosures', () => {
  test.each([
    ['none', undefined, ''],
    ['employee', undefined, 'The author works for the clinic.'],
    [
      'paid',
      '$50 gift card',
      'The author was paid for this testimonial. Incentive given: $50 gift card.',
    ],
    [
      'discounted',
      'free touch-up.',
      'The author received discounted treatment. Incentive given: free touch-up.',
    ],
  ])(
    'a %s relationship is disclosed with the testimonial',
    async (clinicRelationship, incentive, expected) => {
      const consent = await createConsent(server.admin)
      const { body } = await createTestimonial(server.admin, {
        _status: 'published',
        clinicRelationship,
        consent: consent.id,
        incentive,
      })
      const publicView = await server.anonymous.get(`/api/testimonials/${body.doc.id}`)
      expect(publicView.body.disclosure).toBe(expected)
      expect(publicView.body.disclaimer).toMatch(/results vary/i)
    },
  )
})
