import { fencedBlocks, readPage } from '../helpers/docExamples.js'
import { publishGuideContent } from '../helpers/guideContent.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Runs every request shown in docs/FRONTEND.md, anonymously, against a seeded server with some
 * published content, so the page for frontend developers cannot drift from the API.
 */
const doc = readPage('docs/FRONTEND.md')
const blocks = (language: string) => fencedBlocks(doc, language).map(({ code }) => code.trim())
const restPaths = blocks('http').map((block) => block.replace(/^GET /, ''))
const graphqlQueries = blocks('graphql')

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
  await publishGuideContent(server)
})
afterAll(async () => {
  await server?.close()
})

test('the page shows REST and GraphQL for each main query', () => {
  expect(restPaths.length).toBeGreaterThanOrEqual(6)
  expect(graphqlQueries.length).toBeGreaterThanOrEqual(5)
})

describe('REST examples', () => {
  test.each(restPaths)('GET %s returns published documents', async (requestPath) => {
    const { body, status } = await server.anonymous.get(requestPath)
    expect(status).toBe(200)
    expect(body.docs.length).toBeGreaterThan(0)
    expect(
      body.docs.every((d: { _status?: string }) => (d._status ?? 'published') === 'published'),
    ).toBe(true)
  })
})

describe('GraphQL examples', () => {
  test.each(graphqlQueries.map((query) => [query.split(/[\s{(]/)[1], query]))(
    '%s runs without errors and returns documents',
    async (_name, query) => {
      const { body, status } = await server.anonymous.graphql(query)
      expect(status).toBe(200)
      expect(body.errors).toBeUndefined()
      const [result] = Object.values(body.data) as { docs: unknown[] }[]
      expect(result!.docs.length).toBeGreaterThan(0)
    },
  )
})

test('the article query carries its FAQs, author and references', async () => {
  const { body } = await server.anonymous.graphql(graphqlQueries[0]!)
  const article = body.data.Articles.docs[0]
  expect(article.relatedFaqs).toHaveLength(5)
  expect(article.author).toEqual({ name: 'Dana Lee', slug: 'dana-lee' })
  expect(article.references.map((r: { marker: string }) => r.marker)).toEqual(['1', '2'])
})

test('testimonials carry their disclosure and practitioners their galleries', async () => {
  const testimonials = await server.anonymous.graphql(
    graphqlQueries.find((q) => q.startsWith('query Testimonials'))!,
  )
  expect(testimonials.body.data.Testimonials.docs[0].disclosure).toBe(
    'The author received discounted treatment.',
  )
  const practitioners = await server.anonymous.graphql(
    graphqlQueries.find((q) => q.startsWith('query Practitioners'))!,
  )
  const dana = practitioners.body.data.Practitioners.docs[0]
  expect(dana.galleries.docs).toHaveLength(1)
  expect(dana.testimonials.docs).toEqual([{ clientName: 'R. M.', quote: 'Nobody can tell.' }])
})

test('without a site URL the sitemap lists paths, and sitemap.xml says what to set', async () => {
  const { body, status } = await server.anonymous.get('/api/smp-clinic/sitemap')
  expect(status).toBe(200)
  expect(body.siteUrl).toBeNull()
  expect(body.entries).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ path: '/practitioners/dana-lee', url: null }),
      expect.objectContaining({ alternates: [], path: '/faq', url: null }),
    ]),
  )
  const xml = await server.anonymous.get('/api/smp-clinic/sitemap.xml')
  expect(xml.status).toBe(404)
  expect(xml.body.errors[0].message).toMatch(/site\.url/)
})
