import { recomputePrivacy } from '../../src/index.js'
import {
  createConsent,
  createGallery,
  createImage,
  createTestimonial,
  inDays,
} from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { testClock } from '../helpers/testClock.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * The privacy promise at the edges the earlier suites did not reach: photos private by default,
 * consent dates that take effect at their instant (on a clock the test moves), and responses that
 * never name a hidden document at any depth or let a query order or count by hidden values.
 */
const clock = testClock()
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { clock: clock.now } })
})
afterAll(async () => {
  await server?.close()
})
afterEach(() => clock.reset())

const hour = 60 * 60 * 1000
const status = async (path: string) => (await server.anonymous.get(path)).status
const fileStatus = async (url: string) => (await fetch(new URL(url, server.url))).status
const ids = (docs: unknown[]) =>
  docs.map((doc) => (doc && typeof doc === 'object' ? (doc as { id: unknown }).id : doc))

/**
 * Every public URL of an image: the document, the original file and each size.
 */
const imageUrls = async (id: number | string) => {
  const { body } = await server.admin.get(`/api/media/${id}`)
  return [
    body.url as string,
    ...Object.values(body.sizes as Record<string, { url: null | string }>)
      .map((size) => size.url)
      .filter((url): url is string => Boolean(url)),
  ]
}

const expectImagePublic = async (id: number | string, expected: boolean) => {
  expect(await status(`/api/media/${id}`)).toBe(expected ? 200 : 404)
  for (const url of await imageUrls(id)) {
    expect([url, await fileStatus(url)]).toEqual([url, expected ? 200 : 403])
  }
  const { body } = await server.anonymous.get('/api/media?limit=1000&depth=0')
  expect(ids(body.docs).includes(id)).toBe(expected)
  const gql = await server.anonymous.graphql('{ AllMedia(limit: 1000) { docs { id } } }')
  expect(ids(gql.body.data.AllMedia.docs).includes(id)).toBe(expected)
}

describe('photos are private by default', () => {
  test('a fresh upload is private, with every size', async () => {
    const image = await createImage(server.admin)
    await expectImagePublic(image.id, false)
  })

  test('photos of a draft gallery, and of a gallery whose publish was refused, stay private', async () => {
    const draft = await createGallery(server.admin, { _status: 'draft' }, '?draft=true')
    expect(draft.status).toBe(201)
    await expectImagePublic(draft.before.id, false)
    const refused = await createGallery(server.admin, { _status: 'published' })
    expect(refused.status).toBe(400)
    await expectImagePublic(refused.after.id, false)
  })

  test('a published, consented gallery makes its photos public until the consent expires, to the instant', async () => {
    const consent = await createConsent(server.admin, { expiresAt: inDays(10) })
    const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
    expect(gallery.status).toBe(201)
    await expectImagePublic(gallery.before.id, true)
    clock.set(new Date(new Date(consent.expiresAt).getTime() - 1000))
    await expectImagePublic(gallery.after.id, true)
    clock.set(consent.expiresAt)
    await expectImagePublic(gallery.after.id, false)
    await expectImagePublic(gallery.before.id, false)
    expect(await status(`/api/before-after-galleries/${gallery.body.doc.id}`)).toBe(404)
  })

  test('visitors never see when a document’s consent ends (a revocation dated ahead would show), only the site-wide next change within a day; nobody can set it', async () => {
    const consent = await createConsent(server.admin, { expiresAt: inDays(20) })
    const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
    const id = gallery.body.doc.id
    const read = await server.anonymous.get(`/api/before-after-galleries/${id}`)
    expect([read.status, read.body.visibleUntil, read.body.consent]).toEqual([
      200,
      undefined,
      undefined,
    ])
    const graphql = await server.anonymous.graphql(
      `{ BeforeAfterGallery(id: ${JSON.stringify(id)}) { visibleUntil } }`,
    )
    expect(graphql.body.data.BeforeAfterGallery.visibleUntil).toBeNull()
    const until = encodeURIComponent(consent.expiresAt)
    const byDate = await server.anonymous.get(
      `/api/before-after-galleries?where[visibleUntil][equals]=${until}`,
    )
    expect(byDate.status).toBe(400)
    expect(
      (await server.anonymous.get('/api/before-after-galleries?sort=visibleUntil')).status,
    ).toBe(400)
    expect((await server.admin.get(`/api/before-after-galleries/${id}`)).body.visibleUntil).toBe(
      consent.expiresAt,
    )
    // Twenty days away: beyond what the site is told.
    const far = await server.anonymous.get('/api/smp-clinic/next-change')
    expect(far.status).toBe(200)
    expect(
      far.body.nextChange === null || new Date(far.body.nextChange) < new Date(inDays(1.01)),
    ).toBe(true)
    clock.set(new Date(new Date(consent.expiresAt).getTime() - 60 * 60 * 1000))
    const near = await server.anonymous.get('/api/smp-clinic/next-change')
    expect(new Date(near.body.nextChange).getTime()).toBeLessThanOrEqual(
      new Date(consent.expiresAt).getTime(),
    )
    clock.reset()
    const forged = await server.admin.rest('PATCH', `/api/before-after-galleries/${id}`, {
      visibleUntil: inDays(400),
    })
    expect(forged.status).toBe(200)
    expect(forged.body.doc.visibleUntil).toBe(consent.expiresAt)
  })

  test('an image marked always public is public; a gallery photo cannot be marked so, nor used once marked', async () => {
    const image = await createImage(server.admin)
    const marked = await server.admin.rest('PATCH', `/api/media/${image.id}`, {
      alwaysPublic: true,
    })
    expect(marked.status).toBe(200)
    expect(await status(`/api/media/${image.id}`)).toBe(200)
    const refused = await server.admin.rest('POST', '/api/before-after-galleries?draft=true', {
      _status: 'draft',
      pairs: [{ after: image.id, before: image.id }],
      title: 'Uses a public image',
      treatmentType: 'hairline',
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('pairs')
    const gallery = await createGallery(server.admin, { _status: 'draft' }, '?draft=true')
    const markPhoto = await server.admin.rest('PATCH', `/api/media/${gallery.before.id}`, {
      alwaysPublic: true,
    })
    expect(markPhoto.status).toBe(400)
    expect(markPhoto.body.errors[0].data.errors[0].path).toBe('alwaysPublic')
    await expectImagePublic(gallery.before.id, false)
  })

  test('the public cannot set when an image is public', async () => {
    const image = await createImage(server.admin)
    await server.admin.rest('PATCH', `/api/media/${image.id}`, { publicUntil: inDays(100) })
    expect((await server.admin.get(`/api/media/${image.id}`)).body.publicUntil).toBeNull()
    await expectImagePublic(image.id, false)
  })
})

describe('consent dates take effect at their instant, on every path', () => {
  let consent: { id: number | string }
  let testimonialId: number | string
  let galleryId: number | string
  let photoId: number | string
  let practitionerId: number | string
  const revokesAt = inDays(3)

  beforeAll(async () => {
    const practitioner = await server.admin.rest('POST', '/api/practitioners', {
      _status: 'published',
      name: `Dana Revoked ${Math.random().toString(36).slice(2, 6)}`,
    })
    practitionerId = practitioner.body.doc.id
    consent = await createConsent(server.admin)
    const testimonial = await createTestimonial(server.admin, {
      _status: 'published',
      consent: consent.id,
      practitioner: practitionerId,
    })
    testimonialId = testimonial.body.doc.id
    const gallery = await createGallery(server.admin, {
      _status: 'published',
      consent: consent.id,
      practitioner: practitionerId,
    })
    galleryId = gallery.body.doc.id
    photoId = gallery.before.id
    // Recorded today, taking effect in three days.
    const revoked = await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
      revocation: { receivedBy: 'Front desk', receivedVia: 'email' },
      revokedAt: revokesAt,
    })
    expect(revoked.status).toBe(200)
  })

  const visible = async () => {
    const joins = await server.anonymous.get(`/api/practitioners/${practitionerId}?depth=0`)
    const draftList = await server.anonymous.get('/api/testimonials?draft=true&depth=0&limit=100')
    const count = await server.anonymous.get(
      `/api/before-after-galleries/count?where[id][equals]=${galleryId}`,
    )
    const gql = await server.anonymous.graphql(
      `{ Testimonials(draft: true) { docs { id } } BeforeAfterGalleries(draft: true) { docs { id } } Practitioner(id: ${JSON.stringify(practitionerId)}) { galleries { docs { id } } testimonials { docs { id } } } }`,
    )
    return {
      count: count.body.totalDocs,
      draftList: ids(draftList.body.docs).includes(testimonialId),
      gallery: await status(`/api/before-after-galleries/${galleryId}`),
      gqlGalleries: ids(gql.body.data.BeforeAfterGalleries.docs).includes(galleryId),
      gqlJoin: ids(gql.body.data.Practitioner.galleries.docs).includes(galleryId),
      gqlTestimonials: ids(gql.body.data.Testimonials.docs).includes(testimonialId),
      joinGalleries: ids(joins.body.galleries.docs).includes(galleryId),
      joinTestimonials: ids(joins.body.testimonials.docs).includes(testimonialId),
      photo: await status(`/api/media/${photoId}`),
      testimonial: await status(`/api/testimonials/${testimonialId}`),
    }
  }

  test('before the revocation date everything is served', async () => {
    clock.set(new Date(new Date(revokesAt).getTime() - hour))
    expect(await visible()).toEqual({
      count: 1,
      draftList: true,
      gallery: 200,
      gqlGalleries: true,
      gqlJoin: true,
      gqlTestimonials: true,
      joinGalleries: true,
      joinTestimonials: true,
      photo: 200,
      testimonial: 200,
    })
  })

  test('from the revocation instant nothing is, with no job and no editor action', async () => {
    clock.set(revokesAt)
    expect(await visible()).toEqual({
      count: 0,
      draftList: false,
      gallery: 404,
      gqlGalleries: false,
      gqlJoin: false,
      gqlTestimonials: false,
      joinGalleries: false,
      joinTestimonials: false,
      photo: 404,
      testimonial: 404,
    })
    expect((await server.admin.get(`/api/testimonials/${testimonialId}`)).body.consentState).toBe(
      'revoked',
    )
  })

  test('an expiry moved to the near future hides draft=true reads too once reached', async () => {
    const other = await createConsent(server.admin)
    const testimonial = await createTestimonial(server.admin, {
      _status: 'published',
      consent: other.id,
    })
    const id = testimonial.body.doc.id
    await server.admin.rest('PATCH', `/api/consents/${other.id}`, { expiresAt: inDays(1) })
    const seen = async () => {
      const rest = await server.anonymous.get('/api/testimonials?draft=true&limit=100&depth=0')
      const gql = await server.anonymous.graphql('{ Testimonials(draft: true) { docs { id } } }')
      return [ids(rest.body.docs).includes(id), ids(gql.body.data.Testimonials.docs).includes(id)]
    }
    expect(await seen()).toEqual([true, true])
    clock.advance(24 * hour + 1000)
    expect(await seen()).toEqual([false, false])
  })
})

describe('responses never name a hidden document, and keep readable ones', () => {
  let articleId: number | string
  let draftFaqId: number | string
  let publicFaqId: number | string
  let draftAuthorId: number | string
  let privateImageId: number | string

  beforeAll(async () => {
    const draftFaq = await server.admin.rest('POST', '/api/faqs?draft=true', {
      _status: 'draft',
      answer: richText('Hidden answer'),
      question: 'Hidden question?',
    })
    draftFaqId = draftFaq.body.doc.id
    const author = await server.admin.rest('POST', '/api/practitioners?draft=true', {
      _status: 'draft',
      name: 'Draft Author',
    })
    draftAuthorId = author.body.doc.id
    // A client's photo from a draft gallery: an article cannot make it public.
    privateImageId = (await createGallery(server.admin, { _status: 'draft' }, '?draft=true')).before
      .id
    const publicFaq = await server.admin.rest('POST', '/api/faqs', {
      _status: 'published',
      answer: richText('Public answer'),
      question: 'Public question?',
    })
    publicFaqId = publicFaq.body.doc.id
    const article = await server.admin.rest('POST', '/api/articles', {
      _status: 'published',
      author: draftAuthorId,
      body: richText('Body'),
      heroImage: privateImageId,
      relatedFaqs: [publicFaqId, draftFaqId],
      title: 'Article pointing at hidden things',
    })
    articleId = article.body.doc.id
    // The public FAQ points back at the public article: readable both ways.
    await server.admin.rest('PATCH', `/api/faqs/${publicFaqId}`, { relatedArticles: [articleId] })
  })

  test.each(['0', '-1', 'abc', '', '1', '2', '3', '100'])(
    'at depth=%p no hidden id appears, with or without a token of any kind',
    async (depth) => {
      for (const headers of [
        {},
        { Authorization: 'JWT garbage' },
        { Authorization: 'JWT eyJhbGciOiJub25lIn0.eyJpZCI6MX0.' },
      ]) {
        for (const draft of ['', '&draft=true']) {
          const response = await fetch(
            `${server.url}/api/articles/${articleId}?depth=${depth}${draft}`,
            { headers: headers as Record<string, string> },
          )
          const body = await response.json()
          // A depth that is not a whole number is refused outright; there is nothing to leak.
          if (depth === '-1' || depth === 'abc') {
            expect(response.status).toBe(400)
            expect(body.id).toBeUndefined()
            continue
          }
          expect(response.status).toBe(200)
          const faqIds = (body.relatedFaqs as unknown[]).map((faq) =>
            typeof faq === 'object' ? (faq as { id: unknown }).id : faq,
          )
          expect(faqIds).toEqual([publicFaqId])
          expect(body.author ?? null).toBeNull()
          expect(body.heroImage ?? null).toBeNull()
          expect(JSON.stringify(body)).not.toContain('Hidden question?')
        }
      }
    },
  )

  test('ids of readable documents are kept at the depth edge', async () => {
    const { body } = await server.anonymous.get(`/api/articles/${articleId}?depth=1`)
    expect(body.relatedFaqs[0].relatedArticles).toEqual([articleId])
    const consent = await createConsent(server.admin)
    const practitioner = await server.admin.rest('POST', '/api/practitioners', {
      _status: 'published',
      name: 'Edge Case',
    })
    const gallery = await createGallery(server.admin, {
      _status: 'published',
      consent: consent.id,
      practitioner: practitioner.body.doc.id,
    })
    for (const depth of [1, 2]) {
      const profile = await server.anonymous.get(
        `/api/practitioners/${practitioner.body.doc.id}?depth=${depth}`,
      )
      const pair = profile.body.galleries.docs[0].pairs[0]
      const beforeId = typeof pair.before === 'object' ? pair.before.id : pair.before
      expect([depth, beforeId]).toEqual([depth, gallery.before.id])
    }
  })

  test('internal fields are not in anonymous responses', async () => {
    const { body } = await server.anonymous.get('/api/articles?depth=2&limit=100')
    const text = JSON.stringify(body)
    for (const name of ['seedKey', 'isSample', 'generateSlug', 'publicUntil', 'alwaysPublic']) {
      expect([name, text.includes(`"${name}"`)]).toEqual([name, false])
    }
    const editor = JSON.stringify((await server.admin.get('/api/articles?depth=0&limit=100')).body)
    expect(editor).toContain('"seedKey"')
  })
})

describe('no query oracles', () => {
  test.each([
    'sort=practitioner.name',
    'sort=-practitioner.name',
    'sort=practitioner',
    'sort=gallery.title',
    'sort=practitioner.createdAt',
    'where[practitioner.name][equals]=Draft%20Author',
    'where[practitioner.galleries.title][equals]=x',
    'where[gallery.title][like]=a',
    'where[practitioner][exists]=true',
    'where[practitioner][not_equals]={absent}',
    'where[isSample][equals]=true',
    'where[consent][exists]=true',
    'sort=consent',
  ])('testimonials?%s answers 400 naming the path', async (query) => {
    const { body, status: code } = await server.anonymous.get(
      `/api/testimonials?${query.replace('{absent}', String(server.nonexistentId))}`,
    )
    expect(code).toBe(400)
    expect(body.errors[0].message).toMatch(/cannot be queried/)
  })

  test.each([
    'sort=heroImage.filename',
    'sort=author.name',
    'sort=relatedFaqs.question',
    'sort=-author.createdAt',
  ])('articles?%s answers 400', async (query) => {
    expect(await status(`/api/articles?${query}`)).toBe(400)
  })

  test('filtering by the id of a hidden document matches nothing, by a readable one works', async () => {
    const hidden = await server.admin.rest('POST', '/api/practitioners?draft=true', {
      _status: 'draft',
      name: 'Hidden Filter',
    })
    const shown = await server.admin.rest('POST', '/api/practitioners', {
      _status: 'published',
      name: 'Shown Filter',
    })
    for (const author of [hidden.body.doc.id, shown.body.doc.id]) {
      await server.admin.rest('POST', '/api/articles', {
        _status: 'published',
        author,
        body: richText('x'),
        title: `By ${author}`,
      })
    }
    const byHidden = await server.anonymous.get(
      `/api/articles?where[author][equals]=${hidden.body.doc.id}`,
    )
    expect([byHidden.status, byHidden.body.totalDocs]).toEqual([200, 0])
    const byShown = await server.anonymous.get(
      `/api/articles?where[author][equals]=${shown.body.doc.id}`,
    )
    expect([byShown.status, byShown.body.totalDocs]).toEqual([200, 1])
    const editor = await server.admin.get(
      `/api/articles?where[author][equals]=${hidden.body.doc.id}`,
    )
    expect(editor.body.totalDocs).toBe(1)
    expect((await server.admin.get('/api/testimonials?sort=practitioner.name')).status).toBe(200)
  })
})

describe('upgrading from a version without stored visibility', () => {
  test('recomputePrivacy restores every value privacy is decided on', async () => {
    const consent = await createConsent(server.admin, { expiresAt: inDays(30) })
    const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
    const hero = await createImage(server.admin)
    await server.admin.rest('POST', '/api/articles', {
      _status: 'published',
      body: richText('x'),
      heroImage: hero.id,
      title: 'Upgrade hero',
    })
    const { payload } = server
    // As a database from before the upgrade holds them: nothing stored.
    await payload.db.updateMany({
      collection: 'before-after-galleries',
      data: { visibleUntil: null },
      where: { id: { equals: gallery.body.doc.id } },
    })
    await payload.db.updateMany({
      collection: 'media',
      data: { publicUntil: null },
      where: { id: { in: [gallery.before.id, hero.id] } },
    })
    expect(await status(`/api/media/${hero.id}`)).toBe(404)
    await recomputePrivacy({ payload })
    const stored = await server.admin.get(`/api/before-after-galleries/${gallery.body.doc.id}`)
    expect(stored.body.visibleUntil).toBe(consent.expiresAt)
    expect((await server.admin.get(`/api/media/${gallery.before.id}`)).body.publicUntil).toBe(
      consent.expiresAt,
    )
    expect(await status(`/api/media/${hero.id}`)).toBe(200)
    expect(await status(`/api/media/${gallery.before.id}`)).toBe(200)
  })
})

describe('rich text never points at hidden documents, and cannot be searched for its links', () => {
  let articleId: number | string
  let draftId: number | string

  beforeAll(async () => {
    const draft = await server.admin.rest('POST', '/api/articles?draft=true', {
      _status: 'draft',
      body: richText('Draft body'),
      title: 'Linked draft',
    })
    draftId = draft.body.doc.id
    const consent = await createConsent(server.admin)
    const photo = await createImage(server.admin)
    const paragraph = (children: unknown[]) => ({
      children,
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      type: 'paragraph',
      version: 1,
    })
    const body = richText('Intro') as { root: { children: unknown[] } }
    body.root.children.push(
      paragraph([
        {
          children: [
            {
              detail: 0,
              format: 0,
              mode: 'normal',
              style: '',
              text: 'to the draft',
              type: 'text',
              version: 1,
            },
          ],
          direction: 'ltr',
          fields: {
            doc: { relationTo: 'articles', value: draftId },
            linkType: 'internal',
            newTab: false,
          },
          format: '',
          indent: 0,
          type: 'link',
          version: 3,
        },
      ]),
      { format: '', relationTo: 'consents', type: 'relationship', value: consent.id, version: 2 },
      {
        fields: null,
        format: '',
        relationTo: 'media',
        type: 'upload',
        value: photo.id,
        version: 3,
      },
    )
    const article = await server.admin.rest('POST', '/api/articles', {
      _status: 'published',
      body,
      title: 'Links to hidden things',
    })
    expect(article.status).toBe(201)
    articleId = article.body.doc.id
  })

  test.each(['0', '1', '2'])('at depth=%s the body names no hidden document', async (depth) => {
    const { body } = await server.anonymous.get(`/api/articles/${articleId}?depth=${depth}`)
    const text = JSON.stringify(body.body)
    expect(text).toContain('to the draft')
    expect(text).not.toMatch(/"relationTo":"(consents|media)"/)
    expect(text).not.toContain(`"value":${JSON.stringify(draftId)}`)
  })

  test('matching the stored JSON of rich text is refused', async () => {
    const probe = `"relationTo":"articles","value":${draftId}}`
    const { status: code } = await server.anonymous.get(
      `/api/articles/count?where[body][like]=${encodeURIComponent(probe)}`,
    )
    expect(code).toBe(400)
    const gql = await server.anonymous.graphql(
      `{ Articles(where: { body: { like: ${JSON.stringify(probe)} } }) { totalDocs } }`,
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/cannot be queried|Rich text cannot be filtered/)
  })
})

describe('stored visibility is only written when it changes', () => {
  test('saving a gallery draft leaves its photos untouched', async () => {
    const consent = await createConsent(server.admin)
    const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
    const before = (await server.admin.get(`/api/media/${gallery.before.id}`)).body.updatedAt
    await server.admin.rest(
      'PATCH',
      `/api/before-after-galleries/${gallery.body.doc.id}?draft=true`,
      { _status: 'draft', pigmentShade: 'Soft black' },
    )
    const after = await server.anonymous.get(`/api/media/${gallery.before.id}`)
    expect(after.status).toBe(200)
    expect(after.body.updatedAt).toBe(before)
  })
})

describe('document access answers do not reveal hidden documents', () => {
  test('a hidden id answers like a missing one; a readable one as Payload does', async () => {
    const draft = await server.admin.rest('POST', '/api/faqs?draft=true', {
      _status: 'draft',
      answer: richText('Hidden'),
      question: 'Hidden access?',
    })
    const published = await server.admin.rest('POST', '/api/faqs', {
      _status: 'published',
      answer: richText('Shown'),
      question: 'Shown access?',
    })
    const access = async (client: typeof server.anonymous, id: number | string) => {
      const { body, status: code } = await client.rest('POST', `/api/faqs/access/${id}`)
      return { body, code }
    }
    const missing = await access(server.anonymous, server.nonexistentId)
    const hidden = await access(server.anonymous, draft.body.doc.id)
    expect(missing.code).toBe(404)
    expect(hidden).toEqual(missing)
    expect((await access(server.anonymous, published.body.doc.id)).code).toBe(200)
    const editor = await access(server.admin, draft.body.doc.id)
    expect(editor.code).toBe(200)
    expect(editor.body.update).toBeTruthy()
  })
})
