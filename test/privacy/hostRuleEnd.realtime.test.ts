import type { Access, Where } from 'payload'

import { createImage } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { startReceiver, type Receiver } from '../helpers/webhookReceiver.js'

/**
 * Host rules that end a document's public life at a date of its own, in other shapes than the
 * plugin's: practitioners public until a top-level `leftAt` compared with a `Date` under `AND`/`OR`
 * spelled in capitals (Payload reads them so), articles until `schedule.endsAt` in a named tab.
 * At the instant the document leaves the API, its image stops being served and the site is told,
 * and until then no cache lifetime outlives it.
 */
const practitionersUntilLeft = (now: Date): Where => ({
  AND: [
    { _status: { equals: 'published' } },
    { OR: [{ leftAt: { exists: false } }, { leftAt: { greater_than: now } }] },
  ],
})
const articlesUntilEnd = (now: Date): Where => ({
  and: [
    { _status: { equals: 'published' } },
    {
      or: [
        { 'schedule.endsAt': { exists: false } },
        { 'schedule.endsAt': { greater_than: now.toISOString() } },
      ],
    },
  ],
})
const forVisitors =
  (rule: (now: Date) => Where): Access =>
  ({ req }) =>
    req.user ? true : rule(new Date())

let receiver: Receiver
let server: TestServer
beforeAll(async () => {
  receiver = await startReceiver('host-rule-end')
  server = await startTestServer({
    plugin: {
      collections: {
        articles: {
          access: { read: forVisitors(articlesUntilEnd) },
          fields: ({ defaultFields }) => [
            ...defaultFields,
            {
              type: 'tabs',
              tabs: [{ name: 'schedule', fields: [{ name: 'endsAt', type: 'date' }] }],
            },
          ],
        },
        practitioners: {
          access: { read: forVisitors(practitionersUntilLeft) },
          fields: ({ defaultFields }) => [...defaultFields, { name: 'leftAt', type: 'date' }],
        },
      },
      seed: false,
      // Long: what reaches the site at the instant is sent by the timer set for it.
      webhooks: { endpoints: [{ secret: 'host-rule-end', url: receiver.url }], pollMs: 10_000 },
    },
  })
}, 120_000)

afterAll(async () => {
  await server?.close()
  await receiver?.close()
})

const unpublished = (collection: string, id: unknown) =>
  receiver.received.some(
    ({ body }) =>
      body.collection === collection && body.docId === String(id) && body.event === 'unpublish',
  )

const followsItsEnd = async (
  collection: string,
  id: unknown,
  image: { url?: unknown },
  end: number,
) => {
  const file = async () => (await server.anonymous.fetch(String(image.url))).status
  const listed = async () =>
    (
      (await server.anonymous.get(`/api/${collection}?depth=0&limit=0`)).body.docs as {
        id: unknown
      }[]
    )
      .map((doc) => String(doc.id))
      .includes(String(id))
  expect(await listed()).toBe(true)
  expect(await file()).toBe(200)
  const { body: next } = await server.anonymous.get('/api/smp-clinic/next-change')
  expect(next.nextChange).toBe(new Date(end).toISOString())
  // Any answer that reads the collection is kept no longer than the end.
  const cache = (await server.anonymous.fetch(`/api/${collection}/count`)).headers.get(
    'cache-control',
  )
  const lifetime = [/max-age=(\d+)/, /stale-while-revalidate=(\d+)/]
    .map((pattern) => Number(pattern.exec(cache ?? '')?.[1] ?? 0))
    .reduce((a, b) => a + b)
  expect(lifetime * 1000).toBeLessThanOrEqual(end - Date.now() + 1000)
  while (!unpublished(collection, id)) {
    expect(Date.now()).toBeLessThan(end + 2000)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  expect(Date.now()).toBeGreaterThanOrEqual(end)
  expect(await listed()).toBe(false)
  expect(await file()).toBe(403)
}

test('a practitioner public until `leftAt` (a Date, under AND/OR in capitals) leaves with its portrait at that instant, and the site is told', async () => {
  const photo = await createImage(server.admin, 'Leaving portrait')
  const end = Date.now() + 2500
  const made = await server.admin.rest('POST', '/api/practitioners', {
    _status: 'published',
    leftAt: new Date(end).toISOString(),
    name: `Leaving ${Date.now()}`,
    photo: photo.id,
    title: 'SMP practitioner',
  })
  expect(made.status).toBe(201)
  await followsItsEnd('practitioners', made.body.doc.id, photo, end)
})

test('an article public until a date in a named tab leaves with its hero image at that instant, and the site is told', async () => {
  const hero = await createImage(server.admin, 'Ending hero')
  const end = Date.now() + 2500
  const made = await server.admin.rest('POST', '/api/articles', {
    _status: 'published',
    body: richText('Body.'),
    heroImage: hero.id,
    schedule: { endsAt: new Date(end).toISOString() },
    title: `Ending ${Date.now()}`,
  })
  expect(made.status).toBe(201)
  await followsItsEnd('articles', made.body.doc.id, hero, end)
})
