import { consentRecord, createConsent, createImage, png } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false } })
})
afterAll(async () => {
  await server?.close()
})

type Case = {
  /**
   * Data for a valid, published (where drafts exist) document, made fresh for each call.
   */
  data: () => Promise<Record<string, unknown>>
  /**
   * The GraphQL singular type name, as Payload derives it from the collection's labels.
   */
  graphql: string
  slug: string
  /**
   * A text field to change, and its new value.
   */
  update: [string, string]
}

const cases: Case[] = [
  {
    data: async () => ({ name: `Topic ${Math.random()}` }),
    graphql: 'Topic',
    slug: 'topics',
    update: ['description', 'Updated'],
  },
  {
    data: async () => ({
      _status: 'published',
      bio: richText('Bio'),
      name: `Practitioner ${Math.random()}`,
    }),
    graphql: 'Practitioner',
    slug: 'practitioners',
    update: ['title', 'Lead artist'],
  },
  {
    data: async () => ({
      _status: 'published',
      body: richText('Body'),
      title: `Article ${Math.random()}`,
    }),
    graphql: 'Article',
    slug: 'articles',
    update: ['excerpt', 'Updated excerpt'],
  },
  {
    data: async () => ({
      _status: 'published',
      answer: richText('Answer'),
      question: `Question ${Math.random()}?`,
    }),
    graphql: 'Faq',
    slug: 'faqs',
    update: ['question', 'Updated question?'],
  },
  {
    data: async () => consentRecord({ subject: 'C. D.' }),
    graphql: 'Consent',
    slug: 'consents',
    update: ['notes', 'Scanned copy on file'],
  },
  {
    data: async () => ({
      _status: 'published',
      clientName: 'E. F.',
      consent: (await createConsent(server.admin)).id,
      quote: 'Natural result.',
      rating: 4,
    }),
    graphql: 'Testimonial',
    slug: 'testimonials',
    update: ['quote', 'Updated quote.'],
  },
  {
    data: async () => ({
      _status: 'published',
      consent: (await createConsent(server.admin)).id,
      pairs: [
        {
          after: (await createImage(server.admin)).id,
          angle: 'top',
          before: (await createImage(server.admin)).id,
        },
      ],
      faceShown: 'none',
      title: `Gallery ${Math.random()}`,
      treatmentType: 'density',
      unretouchedAttestation: true,
    }),
    graphql: 'BeforeAfterGallery',
    slug: 'before-after-galleries',
    update: ['pigmentShade', 'Soft black'],
  },
]

describe.each(cases)('$slug', ({ data, graphql, slug, update: [field, value] }) => {
  test('an editor creates, reads, updates and deletes it over REST', async () => {
    const created = await server.admin.rest('POST', `/api/${slug}`, await data())
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await server.admin.get(`/api/${slug}/${id}`)).body.id).toBe(id)
    const updated = await server.admin.rest('PATCH', `/api/${slug}/${id}`, { [field]: value })
    expect(updated.status).toBe(200)
    expect((await server.admin.get(`/api/${slug}/${id}`)).body[field]).toBe(value)
    expect((await server.admin.rest('DELETE', `/api/${slug}/${id}`)).status).toBe(200)
    expect((await server.admin.get(`/api/${slug}/${id}`)).status).toBe(404)
  })

  test('an editor creates, reads, updates and deletes it over GraphQL', async () => {
    const input = await data()
    const created = await server.admin.graphql(
      `mutation ($data: mutation${graphql}Input!) { create${graphql}(data: $data) { id } }`,
      { data: input },
    )
    expect(created.body.errors).toBeUndefined()
    const id = created.body.data[`create${graphql}`].id
    const read = await server.admin.graphql(
      `query ($id: ${server.idType}!) { ${graphql}(id: $id) { id ${field} } }`,
      { id },
    )
    expect(read.body.data[graphql].id).toBe(id)
    const updated = await server.admin.graphql(
      `mutation ($id: ${server.idType}!, $data: mutation${graphql}UpdateInput!) { update${graphql}(id: $id, data: $data) { ${field} } }`,
      { data: { [field]: value }, id },
    )
    expect(updated.body.errors).toBeUndefined()
    expect(updated.body.data[`update${graphql}`][field]).toBe(value)
    const deleted = await server.admin.graphql(
      `mutation ($id: ${server.idType}!) { delete${graphql}(id: $id) { id } }`,
      { id },
    )
    expect(deleted.body.data[`delete${graphql}`].id).toBe(id)
    const gone = await server.admin.graphql(
      `query ($id: ${server.idType}!) { ${graphql}(id: $id) { id } }`,
      {
        id,
      },
    )
    expect(gone.body.data?.[graphql] ?? null).toBeNull()
  })
})

describe('media', () => {
  test('an editor uploads an image over REST, gets the gallery sizes, edits and deletes it', async () => {
    const { body, status } = await server.admin.upload('media', png(), { alt: 'Front view' })
    expect(status).toBe(201)
    expect(body.doc.mimeType).toBe('image/png')
    const ladder = ['card', 'full', 'square'].flatMap((use) =>
      [480, 960, 1600].flatMap((width) => [`${use}${width}`, `${use}${width}Webp`]),
    )
    expect(Object.keys(body.doc.sizes).sort()).toEqual(ladder.sort())
    expect(body.doc.sizes.card480).toMatchObject({ height: 360, mimeType: 'image/png', width: 480 })
    expect(body.doc.sizes.card480Webp).toMatchObject({ mimeType: 'image/webp', width: 480 })
    // 520 pixels wide: the larger steps would be enlargements, so they are not made.
    expect(body.doc.sizes.card960.url).toBeNull()
    const file = await server.admin.fetch(body.doc.url)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
    // No published content shows it yet, so it is private.
    expect((await fetch(new URL(body.doc.url, server.url))).status).toBe(403)
    const id = body.doc.id
    expect(
      (await server.admin.rest('PATCH', `/api/media/${id}`, { alt: 'Top view' })).body.doc.alt,
    ).toBe('Top view')
    expect((await server.admin.rest('DELETE', `/api/media/${id}`)).status).toBe(200)
    expect([403, 404]).toContain((await fetch(new URL(body.doc.url, server.url))).status)
  })

  test('an editor reads, updates and deletes an image over GraphQL', async () => {
    const image = await createImage(server.admin)
    const read = await server.admin.graphql(
      `query ($id: ${server.idType}!) { Media(id: $id) { alt url } }`,
      {
        id: image.id,
      },
    )
    expect(read.body.data.Media.alt).toBe('Test image')
    const updated = await server.admin.graphql(
      `mutation ($id: ${server.idType}!) { updateMedia(id: $id, data: { alt: "Renamed" }) { alt } }`,
      { id: image.id },
    )
    expect(updated.body.data.updateMedia.alt).toBe('Renamed')
    const deleted = await server.admin.graphql(
      `mutation ($id: ${server.idType}!) { deleteMedia(id: $id) { id } }`,
      { id: image.id },
    )
    expect(deleted.body.data.deleteMedia.id).toBe(image.id)
  })
})

describe('computed fields', () => {
  test('an article serves its reading time and table of contents over REST and GraphQL', async () => {
    const heading = (text: string) => ({
      type: 'heading',
      children: [
        { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 },
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      tag: 'h2',
      version: 1,
    })
    const body = richText('word '.repeat(600))
    body.root.children.unshift(heading('Aftercare') as never)
    body.root.children.push(heading('Aftercare') as never)
    const { body: created } = await server.admin.rest('POST', '/api/articles', {
      _status: 'published',
      body,
      title: 'Long read',
    })
    expect(created.doc.readingTime).toBe(3)
    expect(
      created.doc.tableOfContents.map(({ anchor, level, text }: any) => ({ anchor, level, text })),
    ).toEqual([
      { anchor: 'aftercare', level: 2, text: 'Aftercare' },
      { anchor: 'aftercare-2', level: 2, text: 'Aftercare' },
    ])
    const gql = await server.anonymous.graphql(
      `query ($id: ${server.idType}!) { Article(id: $id) { readingTime tableOfContents { anchor } publishedAt } }`,
      { id: created.doc.id },
    )
    expect(gql.body.data.Article.readingTime).toBe(3)
    expect(gql.body.data.Article.tableOfContents).toEqual([
      { anchor: 'aftercare' },
      { anchor: 'aftercare-2' },
    ])
    expect(gql.body.data.Article.publishedAt).toEqual(expect.any(String))
  })

  test('FAQs keep the order editors give them', async () => {
    const make = async (question: string) =>
      (
        await server.admin.rest('POST', '/api/faqs', {
          _status: 'published',
          answer: richText('A'),
          question,
        })
      ).body.doc
    const first = await make('First?')
    const second = await make('Second?')
    expect(first._order < second._order).toBe(true)
    const moved = await server.admin.rest('POST', '/api/reorder', {
      collectionSlug: 'faqs',
      docsToMove: [second.id],
      newKeyWillBe: 'less',
      orderableFieldName: '_order',
      target: { id: first.id, key: first._order },
    })
    expect(moved.status).toBe(200)
    const { body } = await server.anonymous.get('/api/faqs?sort=_order&limit=100')
    const questions = body.docs.map((faq: { question: string }) => faq.question)
    expect(questions.indexOf('Second?')).toBeLessThan(questions.indexOf('First?'))
  })
})
