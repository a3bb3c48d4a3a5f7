import { createConsent, createGallery, createTestimonial } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.close()
})

const collections = [
  'articles',
  'faqs',
  'testimonials',
  'before-after-galleries',
  'practitioners',
  'topics',
  'consents',
  'media',
]

describe('anonymous visitors cannot change anything', () => {
  /**
   * One real document per collection, so each refusal is checked against something that exists
   * (an empty collection would compare 0 with 0).
   */
  const existing = async (collection: string) => {
    const { body } = await server.admin.get(`/api/${collection}?limit=1&depth=0&draft=true`)
    if (body.docs[0]) {
      return body.docs[0]
    }
    expect(collection).toBe('consents')
    return createConsent(server.admin)
  }

  test.each(collections)('creating, updating and deleting %s is refused', async (collection) => {
    const doc = await existing(collection)
    const count = async () =>
      (await server.admin.get(`/api/${collection}?limit=0&depth=0&draft=true`)).body
        .totalDocs as number
    const before = await count()
    expect(before).toBeGreaterThan(0)
    const created = await server.anonymous.rest('POST', `/api/${collection}`, {
      title: 'x',
      name: 'x',
    })
    expect(created.status).toBe(403)
    expect(
      (await server.anonymous.rest('PATCH', `/api/${collection}/${doc.id}`, { title: 'x' })).status,
    ).toBe(403)
    expect((await server.anonymous.rest('DELETE', `/api/${collection}/${doc.id}`)).status).toBe(403)
    expect(await count()).toBe(before)
    const after = await server.admin.get(`/api/${collection}/${doc.id}?depth=0&draft=true`)
    expect(after.status).toBe(200)
    expect(after.body.updatedAt).toBe(doc.updatedAt)
  })

  test('GraphQL mutations are refused too', async () => {
    const { body } = await server.anonymous.graphql(
      'mutation { createTopic(data: { name: "Hacked", slug: "hacked" }) { id } }',
    )
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    const { body: topics } = await server.admin.get('/api/topics?where[name][equals]=Hacked')
    expect(topics.totalDocs).toBe(0)
  })
})

describe('anonymous visitors read published content only', () => {
  let draftFaqId: number | string
  let publishedFaqId: number | string
  let articleId: number | string

  beforeAll(async () => {
    const draft = await server.admin.rest('POST', '/api/faqs?draft=true', {
      _status: 'draft',
      answer: richText('Draft answer'),
      question: 'A draft question?',
    })
    draftFaqId = draft.body.doc.id
    const published = await server.admin.rest('POST', '/api/faqs', {
      _status: 'published',
      answer: richText('Published answer'),
      question: 'A published question?',
    })
    publishedFaqId = published.body.doc.id
    const article = await server.admin.rest('POST', '/api/articles', {
      _status: 'published',
      body: richText('Body'),
      relatedFaqs: [publishedFaqId, draftFaqId],
      title: 'Article with a draft FAQ',
    })
    expect(article.status).toBe(201)
    articleId = article.body.doc.id
  })

  test('a draft is absent from lists and cannot be fetched by id, even with draft=true', async () => {
    const list = await server.anonymous.get('/api/faqs?limit=100&draft=true')
    expect(list.body.docs.map((faq: { id: unknown }) => faq.id)).not.toContain(draftFaqId)
    expect((await server.anonymous.get(`/api/faqs/${draftFaqId}`)).status).toBe(404)
    expect((await server.anonymous.get(`/api/faqs/${draftFaqId}?draft=true`)).status).toBe(404)
    expect((await server.admin.get(`/api/faqs/${draftFaqId}?draft=true`)).status).toBe(200)
  })

  test('a published article does not carry a draft FAQ inside it', async () => {
    const rest = await server.anonymous.get(`/api/articles/${articleId}?depth=1`)
    expect(rest.status).toBe(200)
    expect(rest.body.relatedFaqs.map((faq: { id: unknown }) => faq.id)).toEqual([publishedFaqId])
    expect(JSON.stringify(rest.body)).not.toContain('A draft question?')
    const gql = await server.anonymous.graphql(
      `query { Article(id: ${JSON.stringify(articleId)}) { relatedFaqs { id question } } }`,
    )
    expect(JSON.stringify(gql.body)).not.toContain('A draft question?')
    expect(JSON.stringify(gql.body)).toContain('A published question?')
  })

  test('GraphQL lists and lookups hide drafts and samples', async () => {
    const { body } = await server.anonymous.graphql(
      '{ Faqs(limit: 100) { docs { question } } Practitioners { totalDocs } Testimonials { totalDocs } BeforeAfterGalleries { totalDocs } }',
    )
    expect(JSON.stringify(body)).not.toContain('A draft question?')
    expect(body.data.Practitioners.totalDocs).toBe(0)
    expect(body.data.Testimonials.totalDocs).toBe(0)
    expect(body.data.BeforeAfterGalleries.totalDocs).toBe(0)
    const byId = await server.anonymous.graphql(
      `{ Faq(id: ${JSON.stringify(draftFaqId)}) { question } }`,
    )
    expect(byId.body.data?.Faq ?? null).toBeNull()
  })

  test('seeded samples stay hidden even when an editor publishes one', async () => {
    const { body } = await server.admin.get('/api/practitioners?draft=true&depth=0')
    const sample = body.docs.find((doc: { isSample: boolean }) => doc.isSample)
    const published = await server.admin.rest('PATCH', `/api/practitioners/${sample.id}`, {
      _status: 'published',
    })
    expect(published.status).toBe(200)
    expect((await server.anonymous.get(`/api/practitioners/${sample.id}`)).status).toBe(404)
  })

  test('versions are never readable anonymously', async () => {
    expect((await server.anonymous.get('/api/articles/versions')).status).toBe(403)
    expect((await server.anonymous.get('/api/faqs/versions')).status).toBe(403)
    const gql = await server.anonymous.graphql('{ versionsArticles { docs { id } } }')
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect((await server.admin.get('/api/articles/versions')).status).toBe(200)
  })
})

describe('consent records are never public', () => {
  let consentId: number | string
  let testimonialId: number | string

  beforeAll(async () => {
    const consent = await createConsent(server.admin, {
      signedAt: new Date(Date.now() - 1000).toISOString(),
    })
    consentId = consent.id
    const testimonial = await createTestimonial(server.admin, {
      _status: 'published',
      consent: consentId,
    })
    expect(testimonial.status).toBe(201)
    testimonialId = testimonial.body.doc.id
  })

  test('the consents API refuses anonymous list, lookup and GraphQL', async () => {
    expect((await server.anonymous.get('/api/consents')).status).toBe(403)
    expect((await server.anonymous.get(`/api/consents/${consentId}`)).status).toBe(403)
    const gql = await server.anonymous.graphql('{ Consents { docs { subject } } }')
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  test('a published testimonial shows no trace of its consent, populated or not', async () => {
    const rest = await server.anonymous.get(`/api/testimonials/${testimonialId}?depth=2`)
    expect(rest.status).toBe(200)
    expect(rest.body.quote).toBe('My hairline looks natural.')
    expect(rest.body).not.toHaveProperty('consent')
    expect(rest.body).not.toHaveProperty('consentExpiresAt')
    const gql = await server.anonymous.graphql(
      `{ Testimonial(id: ${JSON.stringify(testimonialId)}) { clientName consent { subject } } }`,
    )
    expect(gql.body.data.Testimonial.clientName).toBe('T. C.')
    expect(gql.body.data.Testimonial.consent).toBeNull()
  })

  test('testimonials cannot be queried by consent anonymously', async () => {
    const { body, status } = await server.anonymous.get(
      `/api/testimonials?where[consent][equals]=${consentId}`,
    )
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/cannot be queried: consent/)
  })
})

describe('gallery photos', () => {
  test('stay private until their gallery is published with consent, then become public', async () => {
    const consent = await createConsent(server.admin)
    const draft = await createGallery(
      server.admin,
      { _status: 'draft', consent: consent.id },
      '?draft=true',
    )
    expect(draft.status).toBe(201)
    expect((await server.anonymous.get(`/api/media/${draft.before.id}`)).status).toBe(404)
    const file = await fetch(new URL(draft.before.url, server.url))
    expect(file.status).toBe(403)
    const published = await server.admin.rest(
      'PATCH',
      `/api/before-after-galleries/${draft.body.doc.id}`,
      {
        _status: 'published',
      },
    )
    expect(published.status).toBe(200)
    expect((await server.anonymous.get(`/api/media/${draft.before.id}`)).status).toBe(200)
    expect((await fetch(new URL(draft.after.url, server.url))).status).toBe(200)
  })
})
