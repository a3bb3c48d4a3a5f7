import { createHmac } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { signatureHeader, verifyWebhook } from '../../src/exports/webhooks.js'
import type { SmpWebhookBody } from '../../src/index.js'
import { createConsent, createGallery, createImage } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { testClock } from '../helpers/testClock.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A site's receiver, as a real HTTP server: every public change reaches it signed, once per
 * change (retries and replays keep the idempotency key), including the instant a consent ends
 * with nobody saving anything.
 */
const secret = 'test-webhook-secret'
type Received = { at: number; body: SmpWebhookBody; headers: Record<string, string>; raw: string }

const received: Received[] = []
const listeners = new Set<() => void>()
/**
 * Answers the receiver gives, in order, before it answers 200 (to see retries).
 */
const failNext: number[] = []

let receiver: Server
let receiverUrl: string
const clock = testClock()
let server: TestServer

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const status = failNext.shift() ?? 200
      received.push({
        at: Date.now(),
        body: JSON.parse(raw),
        headers: req.headers as Record<string, string>,
        raw,
      })
      res.writeHead(status).end()
      listeners.forEach((listener) => listener())
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/revalidate`
  server = await startTestServer({
    plugin: {
      clock: clock.now,
      webhooks: {
        endpoints: [{ secret, url: receiverUrl }],
        pollMs: 100,
        retry: { attempts: 3, delayMs: 100 },
      },
    },
  })
}, 120_000)
afterAll(async () => {
  await server?.close()
  receiver?.close()
})
afterEach(() => clock.reset())

/**
 * The first delivery (from `from` on) that matches, as soon as it arrives; fails after
 * `timeoutMs` of waiting.
 */
const next = (
  match: (body: SmpWebhookBody) => boolean,
  from = received.length,
  timeoutMs = 10_000,
): Promise<Received> =>
  new Promise((resolve, reject) => {
    const check = () => {
      const found = received.slice(from).find(({ body }) => match(body))
      if (found) {
        listeners.delete(check)
        clearTimeout(timer)
        resolve(found)
      }
    }
    const timer = setTimeout(() => {
      listeners.delete(check)
      reject(
        new Error(
          `no matching delivery within ${timeoutMs} ms; received since: ${received
            .slice(from)
            .map(({ body }) => `${body.event} ${body.collection}:${body.docId}`)
            .join(', ')}`,
        ),
      )
    }, timeoutMs)
    listeners.add(check)
    check()
  })

/**
 * The delivery log's entry for a key, once it reaches `state` (read again as each delivery
 * arrives, and every 50 ms, for at most 10 seconds).
 */
const logged = async (key: string, state: string) => {
  const deadline = Date.now() + 10_000
  for (;;) {
    const { body } = await server.admin.get(
      `/api/smp-webhook-deliveries?where[key][equals]=${encodeURIComponent(key)}`,
    )
    const entry = body.docs[0]
    if (entry?.state === state || Date.now() > deadline) {
      return entry
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const about = (collection: string, id: unknown, event?: string) => (body: SmpWebhookBody) =>
  body.collection === collection && body.docId === String(id) && (!event || body.event === event)

test('publish, update, unpublish and delete reach the site signed; a draft saved over a published article does not', async () => {
  const { body: created } = await server.admin.rest('POST', '/api/articles?draft=true', {
    body: richText('An article a site shows.'),
    title: 'Webhook article',
  })
  const id = created.doc.id
  const from = received.length
  expect(
    (await server.admin.rest('PATCH', `/api/articles/${id}`, { _status: 'published' })).status,
  ).toBe(200)
  const publish = await next(about('articles', id, 'publish'), from)
  expect(
    verifyWebhook({ body: publish.raw, header: publish.headers[signatureHeader], secret }),
  ).toBe(true)
  expect(publish.headers['idempotency-key']).toBe(publish.body.id)
  expect(publish.body.tags).toEqual(
    expect.arrayContaining(['articles', `articles:${id}`, `articles:slug:${created.doc.slug}`]),
  )

  await server.admin.rest('PATCH', `/api/articles/${id}?draft=true`, { title: 'Only a draft' })
  await server.admin.rest('PATCH', `/api/articles/${id}`, {
    _status: 'published',
    slug: 'webhook-article-renamed',
    title: 'Published again',
  })
  const update = await next(about('articles', id, 'update'), from)
  // A renamed page is dropped under its old address as well as its new one.
  expect(created.doc.slug).not.toBe('webhook-article-renamed')
  expect(update.body.tags).toEqual(
    expect.arrayContaining([
      `articles:slug:${created.doc.slug}`,
      'articles:slug:webhook-article-renamed',
    ]),
  )
  await server.admin.rest('PATCH', `/api/articles/${id}`, { _status: 'draft' })
  await next(about('articles', id, 'unpublish'), from)
  await server.admin.rest('PATCH', `/api/articles/${id}`, { _status: 'published' })
  await next(about('articles', id, 'publish'), received.indexOf(publish) + 1)
  await server.admin.rest('DELETE', `/api/articles/${id}`)
  await next(about('articles', id, 'delete'), from)
  expect(
    received
      .slice(from)
      .filter(({ body }) => about('articles', id)(body))
      .map(({ body }) => body.event),
  ).toEqual(['publish', 'update', 'unpublish', 'publish', 'delete'])
})

test("an image's new alt text or its deletion reaches the site through each public document that shows it; a draft's image sends nothing", async () => {
  const shown = await createImage(server.admin, 'Shown image')
  const hidden = await createImage(server.admin, 'Draft image')
  const article = await server.admin.rest('POST', '/api/articles', {
    _status: 'published',
    body: richText('An article with a hero image.'),
    heroImage: shown.id,
    title: `Hero image article ${Date.now()}`,
  })
  expect(article.status).toBe(201)
  const draft = await server.admin.rest('POST', '/api/articles', {
    _status: 'draft',
    body: richText('A draft with a hero image.'),
    heroImage: hidden.id,
    title: `Hero image draft ${Date.now()}`,
  })
  expect(draft.status).toBe(201)
  const { id, slug } = article.body.doc as { id: number; slug: string }
  await next(about('articles', id, 'publish'), 0)

  let from = received.length
  const renamed = await server.admin.rest('PATCH', `/api/media/${shown.id}`, {
    alt: 'A better description',
  })
  expect(renamed.status).toBe(200)
  const update = await next(about('articles', id, 'update'), from)
  expect(update.body.tags).toEqual(expect.arrayContaining(['articles', `articles:slug:${slug}`]))
  expect(update.body.images).toEqual(expect.arrayContaining([shown.url]))

  // The draft's image changes silently, and so does an unchanged save.
  from = received.length
  await server.admin.rest('PATCH', `/api/media/${hidden.id}`, { alt: 'Still private' })
  await server.admin.rest('PATCH', `/api/media/${shown.id}`, { alt: 'A better description' })
  await next(() => true, from, 1000).catch(() => undefined)
  expect(
    received.slice(from).map(({ body }) => `${body.event} ${body.collection}:${body.docId}`),
  ).toEqual([])

  from = received.length
  expect((await server.admin.rest('DELETE', `/api/media/${shown.id}`)).status).toBe(200)
  await next(about('articles', id, 'update'), from)
})

test('a revocation saved now reaches the site within 2 seconds, naming the pages and photos to drop', async () => {
  const consent = await createConsent(server.admin)
  const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
  const id = gallery.body.doc.id
  await next(about('before-after-galleries', id, 'publish'), 0)
  const from = received.length
  const started = Date.now()
  const revoked = await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
    revocation: { receivedVia: 'email' },
    revokedAt: new Date().toISOString(),
  })
  expect(revoked.status).toBe(200)
  const unpublish = await next(about('before-after-galleries', id, 'unpublish'), from)
  expect(unpublish.at - started).toBeLessThan(2000)
  expect(unpublish.body.images).toEqual(
    expect.arrayContaining([gallery.before.url, gallery.after.url]),
  )
  expect(unpublish.body.tags).toContain(`before-after-galleries:${id}`)
  expect(new Set(unpublish.body.images).size).toBe(unpublish.body.images.length)
})

test('the instant a consent expires reaches the site within 2 seconds, with no editor action, once', async () => {
  const consent = await createConsent(server.admin, {
    expiresAt: new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString(),
  })
  const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
  const id = gallery.body.doc.id
  await next(about('before-after-galleries', id, 'publish'), 0)
  const from = received.length
  clock.set(consent.expiresAt)
  const moved = Date.now()
  const unpublish = await next(about('before-after-galleries', id, 'unpublish'), from)
  expect(unpublish.at - moved).toBeLessThan(2000)
  expect(unpublish.body.occurredAt).toBe(new Date(consent.expiresAt).toISOString())
  // Later polls find the same instant already reported.
  await next(() => true, received.length, 1000).catch(() => undefined)
  expect(
    received.slice(from).filter(({ body }) => about('before-after-galleries', id)(body)),
  ).toHaveLength(1)
})

test('a consent renewed after it ended, or a revocation withdrawn, brings the gallery back and tells the site', async () => {
  const consent = await createConsent(server.admin, {
    expiresAt: new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString(),
  })
  const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
  const id = gallery.body.doc.id
  const publicGallery = async () =>
    (await server.anonymous.get(`/api/before-after-galleries?where[id][equals]=${id}&depth=0`)).body
      .totalDocs
  await next(about('before-after-galleries', id, 'publish'), 0)
  clock.set(new Date(new Date(consent.expiresAt).getTime() + 1000))
  await next(about('before-after-galleries', id, 'unpublish'))
  expect(await publicGallery()).toBe(0)

  // Renewed: the gallery was never saved, yet it is public again and the site hears of it.
  let from = received.length
  const renewed = await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
    expiresAt: new Date(clock.now().getTime() + 40 * 24 * 60 * 60 * 1000).toISOString(),
  })
  expect(renewed.status).toBe(200)
  const back = await next(about('before-after-galleries', id, 'publish'), from)
  expect(back.body.tags).toContain(`before-after-galleries:${id}`)
  expect(await publicGallery()).toBe(1)

  // Revoked with a date still to come, then reached, then withdrawn: back again, once.
  const revokedAt = new Date(clock.now().getTime() + 60_000).toISOString()
  expect(
    (
      await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
        revocation: { receivedVia: 'email' },
        revokedAt,
      })
    ).status,
  ).toBe(200)
  clock.set(new Date(new Date(revokedAt).getTime() + 1000))
  await next(about('before-after-galleries', id, 'unpublish'))
  expect(await publicGallery()).toBe(0)
  from = received.length
  const withdrawn = await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
    revocation: { receivedVia: null },
    revokedAt: null,
  })
  expect(withdrawn.status).toBe(200)
  await next(about('before-after-galleries', id, 'publish'), from)
  expect(await publicGallery()).toBe(1)
  await next(() => true, received.length, 1000).catch(() => undefined)
  expect(
    received.slice(from).filter(({ body }) => about('before-after-galleries', id, 'publish')(body)),
  ).toHaveLength(1)
})

test('a delivery the site refuses is retried with the same key, and every attempt is logged', async () => {
  const { body: topic } = await server.admin.rest('POST', '/api/topics', { name: 'Retried topic' })
  const id = topic.doc.id
  await next(about('topics', id, 'publish'), 0)
  failNext.push(500)
  const from = received.length
  await server.admin.rest('PATCH', `/api/topics/${id}`, { name: 'Retried topic, renamed' })
  const first = await next(about('topics', id, 'update'), from)
  const second = await next(about('topics', id, 'update'), received.indexOf(first) + 1)
  expect(second.body.id).toBe(first.body.id)
  expect(second.headers['idempotency-key']).toBe(first.headers['idempotency-key'])
  // The log is written once the receiver has answered, a moment after it received the request.
  const delivery = await logged(first.body.id, 'delivered')
  expect(delivery.state).toBe('delivered')
  expect(delivery.attempts.map(({ status }: { status: number }) => status)).toEqual([500, 200])

  // A replay sends the same body again, as a new entry in the log.
  const from2 = received.length
  const replay = await server.admin.rest(
    'POST',
    `/api/smp-webhook-deliveries/${delivery.id}/replay`,
  )
  expect(replay.status).toBe(202)
  const again = await next(about('topics', id, 'update'), from2)
  expect(again.raw).toBe(second.raw)
})

test('the delivery log is for editors only, and a forged or stale signature does not verify', async () => {
  expect((await server.anonymous.get('/api/smp-webhook-deliveries')).status).toBe(403)
  // An existing delivery, whatever the database's ids look like.
  const { body: log } = await server.admin.get('/api/smp-webhook-deliveries?limit=1&depth=0')
  const existing = log.docs[0].id
  const replay = await server.anonymous.rest(
    'POST',
    `/api/smp-webhook-deliveries/${existing}/replay`,
  )
  expect(replay.status).toBe(403)
  const sample = received.at(-1)!
  const header = sample.headers[signatureHeader]
  expect(verifyWebhook({ body: sample.raw.replace('}', ',"x":1}'), header, secret })).toBe(false)
  expect(verifyWebhook({ body: sample.raw, header, secret: 'another' })).toBe(false)
  expect(
    verifyWebhook({
      body: sample.raw,
      header,
      now: new Date(sample.at + 10 * 60 * 1000),
      secret,
    }),
  ).toBe(false)
  // Only the exact form passes: anything appended, another case, a second v1, a padded time.
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(header!)!
  expect(verifyWebhook({ body: sample.raw, header: `t=${t},v1=${v1}`, secret })).toBe(true)
  for (const variant of [
    `t=${t},v1=${v1}zz<script>`,
    `t=${t},v1=${v1}0`,
    `t=${t},v1=${v1!.toUpperCase()}`,
    `t=0${t},v1=${v1}`,
    `t=${t}.0,v1=${v1}`,
    `t=${t},v1=${'0'.repeat(64)},v1=${v1}`,
    `v1=${v1},t=${t}`,
  ]) {
    expect([variant, verifyWebhook({ body: sample.raw, header: variant, secret })]).toEqual([
      variant,
      false,
    ])
  }
  // An empty secret verifies nothing, not even a signature made with an empty key.
  const unsigned = `t=${t},v1=${createHmac('sha256', '').update(`${t}.${sample.raw}`).digest('hex')}`
  expect(verifyWebhook({ body: sample.raw, header: unsigned, secret: '' })).toBe(false)
})

test('a revoked client photo used as an article’s hero image, or as an author’s portrait, names those pages too', async () => {
  const consent = await createConsent(server.admin)
  const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
  const galleryId = gallery.body.doc.id
  await next(about('before-after-galleries', galleryId, 'publish'), 0)
  const author = await server.admin.rest('POST', '/api/practitioners', {
    _status: 'published',
    name: 'Portrait Author',
    photo: gallery.after.id,
  })
  const article = await server.admin.rest('POST', '/api/articles', {
    _status: 'published',
    author: author.body.doc.id,
    body: richText('Shows a client photo as its hero.'),
    heroImage: gallery.before.id,
    title: 'Hero photo article',
  })
  const byAuthor = await server.admin.rest('POST', '/api/articles', {
    _status: 'published',
    author: author.body.doc.id,
    body: richText('Shows the author card.'),
    title: 'Author card article',
  })
  const from = received.length
  await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
    revocation: { receivedVia: 'email' },
    revokedAt: new Date().toISOString(),
  })
  const unpublish = await next(about('before-after-galleries', galleryId, 'unpublish'), from)
  expect(unpublish.body.tags).toEqual(
    expect.arrayContaining([
      `articles:${article.body.doc.id}`,
      `articles:slug:${article.body.doc.slug}`,
      `practitioners:${author.body.doc.id}`,
      `practitioners:slug:${author.body.doc.slug}`,
      `articles:slug:${byAuthor.body.doc.slug}`,
    ]),
  )
})

test('a photo that becomes a client’s photo names the pages whose sharing image it was', async () => {
  const image = await createImage(server.admin, 'Sharing image')
  const article = await server.admin.rest('POST', '/api/articles', {
    _status: 'published',
    body: richText('Shared with an image.'),
    meta: { image: image.id },
    title: 'Sharing image article',
  })
  expect(article.status).toBe(201)
  const from = received.length
  const consent = await createConsent(server.admin)
  const gallery = await createGallery(server.admin, {
    _status: 'published',
    consent: consent.id,
    pairs: [{ after: image.id, angle: 'front', before: (await createImage(server.admin)).id }],
  })
  expect(gallery.status).toBe(201)
  const publish = await next(about('before-after-galleries', gallery.body.doc.id, 'publish'), from)
  expect(publish.body.tags).toEqual(
    expect.arrayContaining([
      `articles:${article.body.doc.id}`,
      `articles:slug:${article.body.doc.slug}`,
    ]),
  )
})

test('a webhook names only documents the site may show: never a draft author’s id', async () => {
  const draftAuthor = await server.admin.rest('POST', '/api/practitioners?draft=true', {
    _status: 'draft',
    name: 'Draft Author',
  })
  const from = received.length
  const article = await server.admin.rest('POST', '/api/articles', {
    _status: 'published',
    author: draftAuthor.body.doc.id,
    body: richText('By an author not yet published.'),
    title: 'Article by a draft author',
  })
  const publish = await next(about('articles', article.body.doc.id, 'publish'), from)
  expect(publish.body.tags.filter((tag) => tag.startsWith('practitioners:'))).toEqual([])
})
