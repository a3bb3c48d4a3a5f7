import { createConsent, createGallery } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { type Received, type Receiver, startReceiver } from '../helpers/webhookReceiver.js'

/**
 * A change's deliveries leave as soon as it commits, and a consent's end is reported at its
 * instant: neither waits for the next poll (here an hour away).
 */
let receiver: Receiver
let server: TestServer

beforeAll(async () => {
  receiver = await startReceiver('at-commit')
  server = await startTestServer({
    plugin: {
      seed: false,
      webhooks: {
        endpoints: [
          {
            secret: 'at-commit',
            url: receiver.url,
          },
        ],
        pollMs: 3_600_000,
      },
    },
  })
}, 120_000)

afterAll(async () => {
  await server?.close()
  await receiver?.close()
})

const arrival = async (match: (body: Received['body']) => boolean) => {
  const deadline = Date.now() + 5000
  for (;;) {
    const found = receiver.received.find(({ body }) => match(body))
    if (found || Date.now() > deadline) {
      return found
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

test('a publish reaches the site within half a second of its commit, with the next poll an hour away', async () => {
  const sent = Date.now()
  const { body } = await server.admin.rest('POST', '/api/faqs', {
    _status: 'published',
    answer: richText('Delivered at once.'),
    question: 'Delivered at commit?',
  })
  const found = await arrival(
    (each) => each.collection === 'faqs' && each.docId === String(body.doc.id),
  )
  expect(found).toBeDefined()
  expect(found!.at - sent).toBeLessThan(500)
})

test('a consent that expires in real time reaches the site within half a second of the instant', async () => {
  const expiresAt = new Date(Date.now() + 1500)
  const consent = await createConsent(server.admin, { expiresAt: expiresAt.toISOString() })
  const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
  const id = String(gallery.body.doc.id)
  await arrival((each) => each.event === 'publish' && each.docId === id)
  const found = await arrival((each) => each.event === 'unpublish' && each.docId === id)
  expect(found).toBeDefined()
  expect(found!.at - expiresAt.getTime()).toBeGreaterThanOrEqual(0)
  expect(found!.at - expiresAt.getTime()).toBeLessThan(500)
})

test('a consent whose expiry is moved close reaches the site within half a second of the new instant', async () => {
  const consent = await createConsent(server.admin, {
    expiresAt: new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString(),
  })
  const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
  const id = String(gallery.body.doc.id)
  await arrival((each) => each.event === 'publish' && each.docId === id)
  const expiresAt = new Date(Date.now() + 1500)
  const moved = await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
    expiresAt: expiresAt.toISOString(),
  })
  expect(moved.status).toBe(200)
  const found = await arrival((each) => each.event === 'unpublish' && each.docId === id)
  expect(found).toBeDefined()
  expect(found!.at - expiresAt.getTime()).toBeGreaterThanOrEqual(0)
  expect(found!.at - expiresAt.getTime()).toBeLessThan(500)
})
