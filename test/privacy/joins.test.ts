import { createConsent, createGallery } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A practitioner's profile lists their galleries, testimonials and articles through join fields.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false } })
})
afterAll(async () => {
  await server?.close()
})

test('the public sees only the published, consented galleries and testimonials on a profile', async () => {
  const practitioner = (
    await server.admin.rest('POST', '/api/practitioners', {
      _status: 'published',
      name: 'Dana Lee',
    })
  ).body.doc
  const consent = await createConsent(server.admin)
  const shown = await createGallery(server.admin, {
    _status: 'published',
    consent: consent.id,
    practitioner: practitioner.id,
    title: 'Shown gallery',
  })
  const hidden = await createGallery(
    server.admin,
    { _status: 'draft', practitioner: practitioner.id, title: 'Draft gallery' },
    '?draft=true',
  )
  expect([shown.status, hidden.status]).toEqual([201, 201])
  await server.admin.rest('POST', '/api/testimonials?draft=true', {
    _status: 'draft',
    clientName: 'Hidden H.',
    practitioner: practitioner.id,
    quote: 'Draft quote',
  })

  const rest = await server.anonymous.get(`/api/practitioners/${practitioner.id}?depth=1`)
  expect(rest.body.galleries.docs.map((g: { title: string }) => g.title)).toEqual(['Shown gallery'])
  expect(rest.body.testimonials.docs).toEqual([])
  const gql = await server.anonymous.graphql(
    `{ Practitioner(id: ${JSON.stringify(practitioner.id)}) { galleries { docs { title } } testimonials { docs { clientName } } } }`,
  )
  expect(gql.body.data.Practitioner.galleries.docs).toEqual([{ title: 'Shown gallery' }])
  expect(gql.body.data.Practitioner.testimonials.docs).toEqual([])

  const editor = await server.admin.get(`/api/practitioners/${practitioner.id}?depth=0`)
  expect(editor.body.galleries.docs).toHaveLength(2)
})

test("a practitioner's joins are read at the top level of a request, not when populated elsewhere, and pages are in the join's order", async () => {
  const author = (
    await server.admin.rest('POST', '/api/practitioners', {
      _status: 'published',
      name: 'Sam Rivera',
    })
  ).body.doc
  const dates = ['2026-01-05', '2026-03-05', '2026-02-05']
  for (const [index, date] of dates.entries()) {
    const created = await server.admin.rest('POST', '/api/articles', {
      _status: 'published',
      author: author.id,
      body: richText(`Body ${index + 1}`),
      publishedAt: `${date}T09:00:00.000Z`,
      title: `Join order ${index + 1}`,
    })
    expect(created.status).toBe(201)
  }

  const profile = await server.anonymous.get(`/api/practitioners/${author.id}?depth=1`)
  expect(profile.body.articles.docs.map((a: { title: string }) => a.title)).toEqual([
    'Join order 2',
    'Join order 3',
    'Join order 1',
  ])

  const secondPage = await server.anonymous.get(
    `/api/practitioners/${author.id}?depth=0&joins[articles][limit]=1&joins[articles][page]=2`,
  )
  expect(secondPage.body.articles.docs).toEqual([expect.anything()])
  expect(secondPage.body.articles.hasNextPage).toBe(true)

  // Populated inside an article, the author carries its own fields but no join pages.
  const article = await server.anonymous.get(
    `/api/articles?where[title][equals]=Join order 1&depth=1`,
  )
  const populated = article.body.docs[0].author
  expect(populated.name).toBe('Sam Rivera')
  expect(populated.articles).toBeUndefined()
  expect(populated.galleries).toBeUndefined()
  expect(populated.testimonials).toBeUndefined()

  // GraphQL resolves a join only when asked, one bounded page at a time, at any depth.
  const gql = await server.anonymous.graphql(
    `{ Articles(where: { title: { equals: "Join order 1" } }) { docs { author { articles(limit: 2) { docs { title } hasNextPage } } } } }`,
  )
  expect(gql.body.data.Articles.docs[0].author.articles).toEqual({
    docs: [{ title: 'Join order 2' }, { title: 'Join order 3' }],
    hasNextPage: true,
  })
})
