import { createConsent, createTestimonial } from '../helpers/fixtures.js'
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

const day = 86_400_000

const fieldErrors = (body: any): { message: string; path: string }[] =>
  body.errors?.[0]?.data?.errors ?? []

const publishedTestimonial = async (data: Record<string, unknown>) => {
  const consent = await createConsent(server.admin)
  return createTestimonial(server.admin, { _status: 'published', consent: consent.id, ...data })
}

describe('the disclosure is derived from every part of the provenance', () => {
  test.each([
    [{ clinicRelationship: 'partner' }, 'The author is a business partner of the clinic.'],
    [{ aiAssistance: 'assisted' }, 'The author used an AI tool to help word this testimonial.'],
    [
      { source: 'imported', sourceUrl: 'https://www.trustpilot.com/reviews/abc' },
      'First posted on trustpilot.com.',
    ],
    [
      { aiAssistance: 'assisted', clinicRelationship: 'family', incentive: 'a free touch-up' },
      'The author is a family member of clinic staff. Incentive given: a free touch-up. The author used an AI tool to help word this testimonial.',
    ],
    [{ source: 'submitted' }, ''],
  ])('%j is disclosed as %j', async (data, expected) => {
    const { body, status } = await publishedTestimonial(data)
    expect(status).toBe(201)
    const publicView = await server.anonymous.get(`/api/testimonials/${body.doc.id}`)
    expect(publicView.body.disclosure).toBe(expected)
  })

  test('changing one part re-derives it: the disclosure cannot be set by hand', async () => {
    const { body } = await publishedTestimonial({ clinicRelationship: 'employee' })
    const edited = await server.admin.rest('PATCH', `/api/testimonials/${body.doc.id}`, {
      aiAssistance: 'assisted',
      disclosure: 'Nothing to disclose.',
    })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.disclosure).toBe(
      'The author works for the clinic. The author used an AI tool to help word this testimonial.',
    )
  })
})

describe('what may be recorded but never published', () => {
  test.each([
    ['a testimonial written by AI', { aiAssistance: 'generated' }, 'aiAssistance', /written by AI/],
    [
      'an incentive that depended on what it says',
      { incentive: '$20 for five stars', incentiveDependsOnContent: true },
      'incentiveDependsOnContent',
      /on condition of what it says/,
    ],
  ])(
    '%s is kept as a draft and refused on publishing, with the rule',
    async (_name, data, path, reason) => {
      const consent = await createConsent(server.admin)
      const draft = await createTestimonial(
        server.admin,
        { consent: consent.id, ...data },
        '?draft=true',
      )
      expect(draft.status).toBe(201)
      const publish = await server.admin.rest('PATCH', `/api/testimonials/${draft.body.doc.id}`, {
        _status: 'published',
      })
      expect(publish.status).toBe(400)
      expect(fieldErrors(publish.body)).toEqual([
        expect.objectContaining({ message: expect.stringMatching(reason), path }),
      ])
      expect((await server.anonymous.get(`/api/testimonials/${draft.body.doc.id}`)).status).toBe(
        404,
      )
    },
  )
})

describe('provenance times and evidence', () => {
  test('when it was received is set once by the server, whatever a request sends', async () => {
    const { body } = await publishedTestimonial({ receivedAt: '2001-01-01T00:00:00.000Z' })
    const receivedAt = body.doc.receivedAt as string
    expect(Math.abs(Date.parse(receivedAt) - clock.now().getTime())).toBeLessThan(60_000)
    clock.advance(60 * day)
    const edited = await server.admin.rest('PATCH', `/api/testimonials/${body.doc.id}`, {
      quote: 'Edited later.',
      receivedAt: '2030-01-01T00:00:00.000Z',
    })
    expect(edited.body.doc.receivedAt).toBe(receivedAt)
  })

  test('testimonials and consents cannot be copied: a copy would carry a provenance or a signature it does not have', async () => {
    const consent = await createConsent(server.admin)
    const { body } = await publishedTestimonial({})
    const count = async (slug: string) =>
      (await server.admin.get(`/api/${slug}?draft=true&limit=0`)).body.totalDocs as number
    const before = [await count('testimonials'), await count('consents')]
    for (const path of [
      `/api/testimonials/${body.doc.id}/duplicate`,
      `/api/consents/${consent.id}/duplicate`,
    ]) {
      const copy = await server.admin.rest('POST', path, {})
      expect([path, copy.status >= 400 && copy.status < 500]).toEqual([path, true])
    }
    const copies = await server.admin.graphql(
      `mutation { duplicateTestimonial(id: ${JSON.stringify(body.doc.id)}) { id } }`,
    )
    expect(copies.body.errors?.length).toBeGreaterThan(0)
    expect([await count('testimonials'), await count('consents')]).toEqual(before)
  })

  test('an editor cannot write the e-mail confirmation time: only a confirmation link does', async () => {
    const { body } = await publishedTestimonial({
      emailConfirmedAt: '2026-01-01T00:00:00.000Z',
    })
    expect(body.doc.emailConfirmedAt ?? null).toBeNull()
  })

  test('"Verified client" needs the evidence, is dated when ticked, and the evidence stays with editors', async () => {
    const { body } = await publishedTestimonial({})
    const id = body.doc.id as number | string
    const noEvidence = await server.admin.rest('PATCH', `/api/testimonials/${id}`, {
      verifiedClient: true,
    })
    expect(noEvidence.status).toBe(400)
    expect(fieldErrors(noEvidence.body).map(({ path }) => path)).toEqual(['verificationEvidence'])
    for (const token of ['-', 'x', '1234567890']) {
      const empty = await server.admin.rest('PATCH', `/api/testimonials/${id}`, {
        verificationEvidence: token,
        verifiedClient: true,
      })
      expect([token, empty.status]).toEqual([token, 400])
    }

    clock.advance(30 * day)
    const verified = await server.admin.rest('PATCH', `/api/testimonials/${id}`, {
      verificationEvidence: 'Matched to the appointment of 2026-03-02 (front desk).',
      verifiedAt: '1999-01-01T00:00:00.000Z',
      verifiedClient: true,
    })
    expect(verified.status).toBe(200)
    const verifiedAt = verified.body.doc.verifiedAt as string
    expect(Math.abs(Date.parse(verifiedAt) - clock.now().getTime())).toBeLessThan(60_000)

    clock.advance(30 * day)
    const later = await server.admin.rest('PATCH', `/api/testimonials/${id}`, { quote: 'Later.' })
    expect(later.body.doc.verifiedAt).toBe(verifiedAt)

    const publicView = (await server.anonymous.get(`/api/testimonials/${id}`)).body
    expect(publicView).toMatchObject({ verifiedAt, verifiedClient: true })
    expect(publicView).not.toHaveProperty('verificationEvidence')
    const graphql = await server.anonymous.graphql(
      `{ Testimonial(id: ${JSON.stringify(id)}) { verifiedClient verifiedAt receivedAt source aiAssistance verificationEvidence } }`,
    )
    expect(graphql.body.data.Testimonial).toMatchObject({
      aiAssistance: 'none',
      source: 'clinic',
      verificationEvidence: null,
      verifiedAt,
      verifiedClient: true,
    })
    const filtered = await server.anonymous.get(
      '/api/testimonials?where[verificationEvidence][like]=appointment',
    )
    expect(filtered.status).toBe(400)

    const unticked = await server.admin.rest('PATCH', `/api/testimonials/${id}`, {
      verifiedClient: false,
    })
    expect(unticked.body.doc).toMatchObject({ verifiedAt: null, verifiedClient: false })
  })
})
