import type { Access, Where } from 'payload'

import { createConsent, createGallery, createImage } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { startReceiver, type Receiver } from '../helpers/webhookReceiver.js'

/**
 * A host's own `access.read` on a clinic collection is the public rule everywhere the plugin
 * decides what the public sees, not only on the collection's own reads: photo files, the
 * sitemap, the webhooks and cache lifetimes follow it too. Here articles are public only when
 * their title says so, and from their `publishedAt` (an embargo, compared with the real time as
 * a host would write it), and galleries and practitioners are for signed-in users only, however
 * published and consented they are.
 */
const signedInOnly: Access = ({ req }) => Boolean(req.user)
const marked = (): Where => ({
  and: [
    { _status: { equals: 'published' } },
    { title: { like: 'Public' } },
    { publishedAt: { less_than_equal: new Date().toISOString() } },
  ],
})
const markedArticles: Access = ({ req }) => (req.user ? true : marked())
// FAQs: a members' question is for signed-in users only, written with `not_like` (which Payload's
// SQL adapters would otherwise read as "is not exactly").
const membersHidden: Where = {
  and: [{ _status: { equals: 'published' } }, { question: { not_like: 'members only' } }],
}
const openFaqs: Access = ({ req }) => (req.user ? true : membersHidden)

let receiver: Receiver
let server: TestServer
const deliveries = () => receiver.received.map(({ body }) => body)

beforeAll(async () => {
  receiver = await startReceiver('host-rule')
  server = await startTestServer({
    plugin: {
      collections: {
        articles: { access: { read: markedArticles } },
        beforeAfterGalleries: { access: { read: signedInOnly } },
        faqs: { access: { read: openFaqs } },
        practitioners: { access: { read: signedInOnly } },
      },
      seed: false,
      webhooks: {
        endpoints: [
          {
            secret: 'host-rule',
            url: receiver.url,
          },
        ],
        // Long: what reaches the site at an instant is sent by the timer set for it, not a poll.
        pollMs: 10_000,
      },
    },
  })
}, 120_000)

afterAll(async () => {
  await server?.close()
  await receiver?.close()
})

/**
 * Waits for the deliveries of the changes made so far: one marker FAQ is published last, and
 * deliveries leave in the order their changes committed.
 */
const settled = async () => {
  const question = `Marker ${Math.random()}?`
  const marker = await server.admin.rest('POST', '/api/faqs', {
    _status: 'published',
    answer: richText('A marker.'),
    question,
  })
  expect(marker.status).toBe(201)
  const deadline = Date.now() + 10_000
  while (
    !receiver.received
      .map(({ body }) => body)
      .some((each) => each.docId === String(marker.body.doc.id))
  ) {
    expect(Date.now()).toBeLessThan(deadline)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const told = (collection: string, id: unknown) =>
  receiver.received
    .map(({ body }) => body)
    .some((each) => each.collection === collection && each.docId === String(id))

const fileStatus = async (image: { url?: unknown }) =>
  (await server.anonymous.fetch(String(image.url))).status

const publishArticle = async (title: string, heroImage: unknown, publishedAt?: string) => {
  const { body, status } = await server.admin.rest('POST', '/api/articles', {
    _status: 'published',
    body: richText('Body.'),
    heroImage,
    publishedAt,
    title,
  })
  expect(status).toBe(201)
  return body.doc as { id: number | string; slug: string }
}

test("articles: the public reads, finds, counts and is told of only what the host's rule lets through, and only their hero images are served", async () => {
  const shownImage = await createImage(server.admin, 'Shown hero')
  const hiddenImage = await createImage(server.admin, 'Hidden hero')
  const shown = await publishArticle(`Public notes ${Date.now()}`, shownImage.id)
  const hidden = await publishArticle(`Internal notes ${Date.now()}`, hiddenImage.id)
  await settled()

  const list = await server.anonymous.get('/api/articles?limit=100&depth=0')
  expect(list.status).toBe(200)
  const ids = (list.body.docs as { id: unknown }[]).map(({ id }) => String(id))
  expect(ids).toContain(String(shown.id))
  expect(ids).not.toContain(String(hidden.id))
  expect((await server.anonymous.get(`/api/articles/${shown.id}`)).status).toBe(200)
  expect([403, 404]).toContain((await server.anonymous.get(`/api/articles/${hidden.id}`)).status)
  const count = await server.anonymous.get(
    `/api/articles/count?where[id][equals]=${String(hidden.id)}`,
  )
  expect(count.body.totalDocs).toBe(0)

  expect(await fileStatus(shownImage)).toBe(200)
  expect(await fileStatus(hiddenImage)).toBe(403)

  const { body: sitemap } = await server.anonymous.get('/api/smp-clinic/sitemap')
  const paths = (sitemap.entries as { path: string }[]).map(({ path }) => path)
  expect(paths).toContain(`/articles/${shown.slug}`)
  expect(paths.join(' ')).not.toContain(hidden.slug)

  expect(told('articles', shown.id)).toBe(true)
  expect(told('articles', hidden.id)).toBe(false)
  expect(JSON.stringify(deliveries())).not.toContain(hidden.slug)
})

test('galleries and practitioners the host keeps for signed-in users: published with a valid consent, they stay private everywhere, photos and portraits included', async () => {
  const practitioner = await server.admin.rest('POST', '/api/practitioners', {
    _status: 'published',
    name: `Kept private ${Date.now()}`,
    photo: (await createImage(server.admin, 'Portrait')).id,
    title: 'SMP practitioner',
  })
  expect(practitioner.status).toBe(201)
  const consent = await createConsent(server.admin)
  const gallery = await createGallery(server.admin, {
    _status: 'published',
    consent: consent.id,
    practitioner: practitioner.body.doc.id,
  })
  expect(gallery.status).toBe(201)
  await settled()

  for (const [collection, id] of [
    ['before-after-galleries', gallery.body.doc.id],
    ['practitioners', practitioner.body.doc.id],
  ] as const) {
    const list = await server.anonymous.get(`/api/${collection}?depth=0`)
    expect([collection, list.status === 403 || list.body.docs.length === 0]).toEqual([
      collection,
      true,
    ])
    expect([403, 404]).toContain((await server.anonymous.get(`/api/${collection}/${id}`)).status)
    expect([collection, told(collection, id)]).toEqual([collection, false])
  }
  const portrait = (
    await server.admin.get(`/api/practitioners/${practitioner.body.doc.id}?depth=1`)
  ).body.photo as { url: string }
  for (const image of [gallery.before, gallery.after, portrait]) {
    expect([image.url, await fileStatus(image)]).toEqual([image.url, 403])
  }
  const { body: sitemap } = await server.anonymous.get('/api/smp-clinic/sitemap')
  const listed = JSON.stringify(sitemap.entries)
  expect(listed).not.toContain(gallery.body.doc.slug)
  expect(listed).not.toContain(practitioner.body.doc.slug)
  // A public article showing the gallery's photo: the photo stays private (only its gallery's
  // consent and rule count), and no delivery names its file.
  const article = await publishArticle(
    `Public with a client photo ${Date.now()}`,
    gallery.before.id,
  )
  await settled()
  expect(told('articles', article.id)).toBe(true)
  expect(JSON.stringify(deliveries())).not.toContain(String(gallery.before.url))
  expect(await fileStatus(gallery.before)).toBe(403)
  // Signed in, the host's rule lets everything through.
  expect(
    (await server.admin.get(`/api/before-after-galleries/${gallery.body.doc.id}`)).status,
  ).toBe(200)
})

test("a consent ending in real time sends nothing for a gallery the host's rule never let the public see", async () => {
  // The gallery and its photos are created first, so publishing it is one quick save well
  // before the consent's end, however loaded the machine is.
  const gallery = await createGallery(server.admin, { _status: 'draft' })
  expect(gallery.status).toBe(201)
  const expiresAt = Date.now() + 2000
  const consent = await createConsent(server.admin, {
    expiresAt: new Date(expiresAt).toISOString(),
  })
  const published = await server.admin.rest(
    'PATCH',
    `/api/before-after-galleries/${gallery.body.doc.id}`,
    { _status: 'published', consent: consent.id },
  )
  expect(published.status).toBe(200)
  while (Date.now() < expiresAt + 500) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await settled()
  expect(told('before-after-galleries', gallery.body.doc.id)).toBe(false)
  // Renewed after its end: still nothing the public may read, so still nothing to tell.
  const renewed = await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
    expiresAt: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString(),
  })
  expect(renewed.status).toBe(200)
  await settled()
  expect(told('before-after-galleries', gallery.body.doc.id)).toBe(false)
})

test("an article the host's rule makes public from its publishedAt: until then hidden, its photo private and every cache lifetime ending at that instant; then public, its photo served and the site told within 2 s, with nobody saving anything", async () => {
  const image = await createImage(server.admin, 'Embargoed hero')
  const at = new Date(Date.now() + 2000)
  // Nothing else is saved meanwhile: the article's own save sets the poller's timer.
  const article = await publishArticle(`Public embargoed ${Date.now()}`, image.id, at.toISOString())

  const visible = async () =>
    ((await server.anonymous.get('/api/articles?limit=100&depth=0')).body.docs as { id: unknown }[])
      .map(({ id }) => String(id))
      .includes(String(article.id))
  expect(await visible()).toBe(false)
  expect(await fileStatus(image)).toBe(403)
  expect(told('articles', article.id)).toBe(false)
  const { body: next } = await server.anonymous.get('/api/smp-clinic/next-change')
  expect(next.nextChange).toBe(at.toISOString())
  // A shared cache keeps no public answer that reads articles past the instant (a list, a count,
  // a search); one that reads none keeps its lifetime.
  for (const path of [
    '/api/articles?limit=1',
    '/api/articles/count',
    '/api/articles?where[title][like]=embargoed&depth=0',
  ]) {
    const response = await server.anonymous.fetch(path)
    const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1])
    const swr = Number(
      /stale-while-revalidate=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1] ?? 0,
    )
    expect([path, maxAge + swr <= 2]).toEqual([path, true])
  }
  expect(
    (await server.anonymous.fetch('/api/faqs?limit=1&depth=0')).headers.get('cache-control'),
  ).toMatch(/^public, max-age=60/)

  // The instant passes in real time: the poller's timer is set for it.
  const deadline = at.getTime() + 2000
  while (!told('articles', article.id)) {
    expect(Date.now()).toBeLessThan(deadline)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const publish = deliveries().find(
    (each) => each.collection === 'articles' && each.docId === String(article.id),
  )!
  expect(publish.event).toBe('publish')
  expect(await visible()).toBe(true)
  expect(await fileStatus(image)).toBe(200)
  const { body: sitemap } = await server.anonymous.get('/api/smp-clinic/sitemap')
  expect(JSON.stringify(sitemap.entries)).toContain(article.slug)
})

test('FAQs the host\'s rule keeps for members (`not_like`): hidden from visitors on every path, shown to editors, and a visitor\'s own `not_like` means "does not contain"', async () => {
  const members = await server.admin.rest('POST', '/api/faqs', {
    _status: 'published',
    answer: richText('Members pay less.'),
    question: `Members only: what does a touch-up cost? ${Date.now()}`,
  })
  expect(members.status).toBe(201)
  const open = await server.admin.rest('POST', '/api/faqs', {
    _status: 'published',
    answer: richText('About three hours.'),
    question: `How long does a session take? ${Date.now()}`,
  })
  expect(open.status).toBe(201)
  await settled()
  const visitorIds = async (path: string) =>
    ((await server.anonymous.get(path)).body.docs as { id: unknown }[]).map(({ id }) => String(id))
  expect(await visitorIds('/api/faqs?limit=0&depth=0')).toContain(String(open.body.doc.id))
  expect(await visitorIds('/api/faqs?limit=0&depth=0')).not.toContain(String(members.body.doc.id))
  expect([403, 404]).toContain(
    (await server.anonymous.get(`/api/faqs/${members.body.doc.id}`)).status,
  )
  expect(told('faqs', members.body.doc.id)).toBe(false)
  expect(told('faqs', open.body.doc.id)).toBe(true)
  expect((await server.admin.get(`/api/faqs/${members.body.doc.id}`)).status).toBe(200)
  // A query of its own: `not_like` keeps what does not contain the words, as on MongoDB.
  const without = await visitorIds('/api/faqs?limit=0&depth=0&where[question][not_like]=session')
  expect(without).not.toContain(String(open.body.doc.id))
  expect(without.length).toBeGreaterThan(0)
  const editorWithout = (
    await server.admin.get('/api/faqs?limit=0&depth=0&where[question][not_like]=members')
  ).body.docs as { id: unknown }[]
  expect(editorWithout.map(({ id }) => String(id))).not.toContain(String(members.body.doc.id))
  expect(editorWithout.map(({ id }) => String(id))).toContain(String(open.body.doc.id))
})
