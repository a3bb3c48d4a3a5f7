import { createConsent, createTestimonial, inDays } from '../helpers/fixtures.js'
import { testClock } from '../helpers/testClock.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

const clock = testClock()
let server: TestServer
const ids: Record<string, number | string> = {}
let expiringConsent: { expiresAt: string; id: number | string }

/**
 * Five published testimonials, one per rating, two of them featured (one on a consent that ends
 * in ten days); a featured draft; a featured one whose consent is revoked.
 */
beforeAll(async () => {
  server = await startTestServer({ plugin: { clock: clock.now, seed: false } })
  expiringConsent = await createConsent(server.admin, { expiresAt: inDays(10) })
  for (const rating of [1, 2, 3, 4, 5]) {
    const consent = rating === 5 ? expiringConsent : await createConsent(server.admin)
    const { body, status } = await createTestimonial(server.admin, {
      _status: 'published',
      clientName: `Rated ${rating}`,
      consent: consent.id,
      experienceDate: `2026-0${rating}-01T00:00:00.000Z`,
      featured: rating === 2 || rating === 5,
      rating,
    })
    expect(status).toBe(201)
    ids[rating] = body.doc.id
  }
  const draft = await createTestimonial(
    server.admin,
    { clientName: 'Draft', featured: true, rating: 5 },
    '?draft=true',
  )
  expect(draft.status).toBe(201)
  const revokedConsent = await createConsent(server.admin)
  const revoked = await createTestimonial(server.admin, {
    _status: 'published',
    clientName: 'Revoked',
    consent: revokedConsent.id,
    featured: true,
    rating: 5,
  })
  expect(revoked.status).toBe(201)
  const revocation = await server.admin.rest('PATCH', `/api/consents/${revokedConsent.id}`, {
    revokedAt: clock.now().toISOString(),
  })
  expect(revocation.status).toBe(200)
}, 120_000)
afterEach(() => clock.reset())
afterAll(async () => {
  await server?.close()
})

const selection = async (query: string) => {
  const response = await fetch(`${server.url}/api/testimonials/selection?${query}`)
  return {
    body: await response.json(),
    cache: response.headers.get('x-cache'),
    status: response.status,
  }
}

const names = (docs: { clientName: string }[]) => docs.map(({ clientName }) => clientName)

describe('a list of testimonials says what it is (16 CFR 465.7)', () => {
  test('"all" is every published testimonial, whatever its rating, newest first, page by page', async () => {
    const { body, status } = await selection('kind=all&limit=3&depth=0')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      hasNextPage: true,
      isSelection: false,
      kind: 'all',
      label: 'All 5 published client testimonials, whatever their rating, newest first.',
      page: 1,
      totalPublished: 5,
    })
    expect(names(body.docs)).toEqual(['Rated 5', 'Rated 4', 'Rated 3'])
    const second = await selection('kind=all&limit=3&page=2&depth=0')
    expect(names(second.body.docs)).toEqual(['Rated 2', 'Rated 1'])
    expect(second.body.hasNextPage).toBe(false)
  })

  test('"featured" is labelled a selection and holds only what the public may read', async () => {
    const { body } = await selection('kind=featured&depth=0')
    expect(body).toMatchObject({
      isSelection: true,
      label: 'A selection: 2 testimonials chosen by the clinic, of 5 published.',
      totalPublished: 5,
    })
    expect(names(body.docs)).toEqual(['Rated 5', 'Rated 2'])
  })

  test('"best-rated" is a selection while it leaves some out, and says so', async () => {
    const top = await selection('kind=best-rated&limit=2&depth=0')
    expect(names(top.body.docs)).toEqual(['Rated 5', 'Rated 4'])
    expect(top.body).toMatchObject({
      isSelection: true,
      label: 'A selection: the 2 highest-rated of 5 published testimonials.',
    })
    const every = await selection('kind=best-rated&limit=50&depth=0')
    expect(every.body).toMatchObject({
      isSelection: false,
      label: 'All 5 published client testimonials, highest rated first.',
    })
    expect(names(every.body.docs)).toEqual(['Rated 5', 'Rated 4', 'Rated 3', 'Rated 2', 'Rated 1'])
  })

  test.each([
    ['kind=newest', 'kind'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=1e2', 'limit'],
    ['page=-1', 'page'],
    ['depth=x', 'depth'],
  ])('?%s answers 400 naming %s', async (query, path) => {
    const { body, status } = await selection(query)
    expect(status).toBe(400)
    // Named as the field's path, or in the message of the server's own check of paging.
    const named = body.errors.flatMap(
      (error: { data?: { errors?: { path: string }[] }; message: string }) => [
        ...(error.data?.errors ?? []).map((each) => each.path),
        /^"(\w+)"/.exec(error.message)?.[1],
      ],
    )
    expect(named).toContain(path)
  })

  test('an editor asking gets the public list too: drafts are not counted as published', async () => {
    for (const kind of ['all', 'featured', 'best-rated']) {
      const asEditor = await server.admin.get(`/api/testimonials/selection?kind=${kind}&depth=0`)
      const asVisitor = await selection(`kind=${kind}&depth=0`)
      expect([kind, names(asEditor.body.docs), asEditor.body.label]).toEqual([
        kind,
        names(asVisitor.body.docs),
        asVisitor.body.label,
      ])
    }
  })

  test('GraphQL answers the same list with the same label', async () => {
    const { body } = await server.anonymous.graphql(
      '{ TestimonialSelection(kind: best_rated, limit: 2) { kind isSelection label totalPublished docs { clientName rating } } }',
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.TestimonialSelection).toEqual({
      docs: [
        { clientName: 'Rated 5', rating: 5 },
        { clientName: 'Rated 4', rating: 4 },
      ],
      isSelection: true,
      kind: 'best_rated',
      label: 'A selection: the 2 highest-rated of 5 published testimonials.',
      totalPublished: 5,
    })
    const bad = await server.anonymous.graphql('{ TestimonialSelection(limit: 500) { label } }')
    expect(JSON.stringify(bad.body.errors)).toMatch(
      /limit.*whole number from 1 to 100|whole number from 1 to 100.*limit/,
    )
  })

  test('a consent that ends takes its testimonial out of every list at that instant, cached or not', async () => {
    await selection('kind=featured&depth=0')
    const cached = await selection('kind=featured&depth=0')
    expect(cached.cache).toBe('HIT')
    expect(names(cached.body.docs)).toContain('Rated 5')

    clock.set(new Date(Date.parse(expiringConsent.expiresAt) + 1_000))
    const after = await selection('kind=featured&depth=0')
    expect(names(after.body.docs)).toEqual(['Rated 2'])
    expect(after.body.label).toBe(
      'A selection: 1 testimonial chosen by the clinic, of 4 published.',
    )
  })
})
