import { createConsent } from '../helpers/fixtures.js'
import { png } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * An agency's install: testimonials turned off, articles renamed to posts, and the host's own
 * `images` upload collection used for every picture.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    collections: [
      {
        slug: 'images',
        access: { read: () => true },
        fields: [{ name: 'alt', type: 'text', required: true }],
        upload: { mimeTypes: ['image/*'] },
      },
      {
        // A host page that shows clinic content: a gallery, an image, and a block with an article.
        slug: 'pages',
        access: { read: () => true },
        fields: [
          { name: 'title', type: 'text' },
          { name: 'gallery', type: 'relationship', relationTo: 'before-after-galleries' },
          { name: 'image', type: 'upload', relationTo: 'images' },
          {
            name: 'blocks',
            type: 'blocks',
            blocks: [
              {
                slug: 'feature',
                fields: [{ name: 'post', type: 'relationship', relationTo: 'posts' }],
              },
            ],
          },
        ],
      },
    ],
    plugin: {
      collections: {
        articles: { labels: { plural: 'Posts', singular: 'Post' }, slug: 'posts' },
        testimonials: false,
      },
      media: 'images',
    },
  })
})
afterAll(async () => {
  await server?.close()
})

describe('a disabled collection', () => {
  test('has no REST route and no GraphQL type', async () => {
    expect((await server.admin.get('/api/testimonials')).status).toBe(404)
    const { body } = await server.admin.graphql('{ Testimonials { totalDocs } }')
    expect(body.errors[0].message).toMatch(/Cannot query field "Testimonials"/)
  })

  test('leaves no relationship or join to it behind', async () => {
    const { body } = await server.admin.graphql(
      '{ __type(name: "Practitioner") { fields { name } } }',
    )
    const fields = body.data.__type.fields.map((f: { name: string }) => f.name)
    // With testimonials enabled a practitioner joins its galleries and its testimonials.
    expect(fields).toContain('galleries')
    expect(fields).not.toContain('testimonials')
    const gallery = await server.admin.graphql(
      '{ __type(name: "BeforeAfterGallery") { fields { name } } }',
    )
    expect(gallery.body.data.__type.fields.map((f: { name: string }) => f.name)).toContain(
      'practitioner',
    )
  })
})

describe('a renamed collection', () => {
  test('serves the seeded article at its new REST path', async () => {
    const { body, status } = await server.anonymous.get('/api/posts?limit=1')
    expect(status).toBe(200)
    expect(body.docs[0].title).toBe('Scalp Micropigmentation: A Solution for Hair Loss')
    expect((await server.anonymous.get('/api/articles')).status).toBe(404)
  })

  test('is what FAQs relate to, over REST and GraphQL', async () => {
    const rest = await server.anonymous.get('/api/faqs?limit=1&depth=1&sort=_order')
    expect(rest.body.docs[0].relatedArticles[0].title).toBe(
      'Scalp Micropigmentation: A Solution for Hair Loss',
    )
    const gql = await server.anonymous.graphql(
      '{ Posts { docs { slug relatedFaqs { question relatedArticles { title } } } } }',
    )
    const post = gql.body.data.Posts.docs[0]
    expect(post.slug).toBe('scalp-micropigmentation-a-solution-for-hair-loss')
    expect(post.relatedFaqs).toHaveLength(5)
    expect(post.relatedFaqs[0].relatedArticles[0].title).toBe(
      'Scalp Micropigmentation: A Solution for Hair Loss',
    )
  })
})

describe("the host's own media collection", () => {
  test('holds the seeded placeholder photos, and the plugin adds no media collection', async () => {
    expect((await server.admin.get('/api/media')).status).toBe(404)
    const { body } = await server.admin.get('/api/images?limit=100')
    expect(body.totalDocs).toBeGreaterThan(0)
    // Sample photos are private: no published gallery shows them.
    expect(body.docs.every((image: { publicUntil: null }) => image.publicUntil === null)).toBe(true)
    const publicList = await server.anonymous.get('/api/images?limit=100')
    expect(publicList.body.totalDocs).toBe(0)
  })

  test('keeps gallery photos private until the gallery is published with consent', async () => {
    const upload = async () =>
      (await server.admin.upload('images', png(), { alt: 'Photo' })).body.doc
    const before = await upload()
    const after = await upload()
    const consent = await createConsent(server.admin)
    const gallery = await server.admin.rest('POST', '/api/before-after-galleries?draft=true', {
      _status: 'draft',
      consent: consent.id,
      pairs: [{ after: after.id, before: before.id }],
      title: 'Crown density',
      treatmentType: 'density',
      unretouchedAttestation: true,
    })
    expect(gallery.status).toBe(201)
    expect((await server.anonymous.get(`/api/images/${before.id}`)).status).toBe(404)
    // Nor does the access endpoint say the private photo exists.
    const access = (id: number | string) =>
      server.anonymous.rest('POST', `/api/images/access/${id}`, {})
    expect((await access(before.id)).status).toBe(404)
    await server.admin.rest('PATCH', `/api/before-after-galleries/${gallery.body.doc.id}`, {
      _status: 'published',
    })
    expect((await server.anonymous.get(`/api/images/${before.id}`)).status).toBe(200)
    expect((await access(before.id)).status).toBe(200)
    const populated = await server.anonymous.get(
      `/api/before-after-galleries/${gallery.body.doc.id}?depth=1`,
    )
    expect(populated.body.pairs[0].after.id).toBe(after.id)
  })
})

describe("the host's own collections that show clinic content", () => {
  test('never carry the id of a hidden gallery, photo or post, and cannot sort or filter by them', async () => {
    const gallery = await server.admin.rest('POST', '/api/before-after-galleries?draft=true', {
      _status: 'draft',
      title: 'ZZZ hidden draft',
      treatmentType: 'density',
    })
    const photo = (await server.admin.upload('images', png(), { alt: 'Private' })).body.doc
    const post = await server.admin.rest('POST', '/api/posts?draft=true', {
      _status: 'draft',
      title: 'Hidden post',
    })
    const page = await server.admin.rest('POST', '/api/pages', {
      blocks: [{ blockType: 'feature', post: post.body.doc.id }],
      gallery: gallery.body.doc.id,
      image: photo.id,
      title: 'Host page',
    })
    expect(page.status).toBe(201)
    for (const depth of [0, 1]) {
      const { body } = await server.anonymous.get(`/api/pages/${page.body.doc.id}?depth=${depth}`)
      expect([
        depth,
        body.gallery ?? null,
        body.image ?? null,
        body.blocks[0].post ?? null,
      ]).toEqual([depth, null, null, null])
    }
    for (const query of [
      'sort=gallery.title',
      'sort=gallery',
      `where[gallery.title][like]=ZZZ`,
      'where[blocks.post.title][like]=Hidden',
    ]) {
      expect([query, (await server.anonymous.get(`/api/pages?${query}`)).status]).toEqual([
        query,
        400,
      ])
    }
    const byHiddenId = await server.anonymous.get(
      `/api/pages?where[gallery][equals]=${gallery.body.doc.id}`,
    )
    expect(byHiddenId.body.totalDocs).toBe(0)
    // The host's own fields are untouched, and editors still see everything.
    expect((await server.anonymous.get('/api/pages?sort=title')).status).toBe(200)
    const editor = await server.admin.get(`/api/pages/${page.body.doc.id}?depth=0`)
    expect(editor.body.gallery).toBe(gallery.body.doc.id)
  })
})
