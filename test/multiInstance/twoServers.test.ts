import { readdirSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { migrationDirs } from '../../dev/databaseAdapter.js'
import { devAdmin } from '../../dev/ensureFirstUser.js'
import { signatureHeader, verifyWebhook } from '../../src/exports/webhooks.js'
import type { SmpWebhookBody } from '../../src/index.js'
import { type DevServer, startDevServer } from '../e2e/devServer.js'
import { ApiClient } from '../helpers/apiClient.js'
import {
  createConsent,
  createGallery,
  createTestimonial,
  inDays,
  png,
} from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { createTestDatabase } from '../helpers/testDatabase.js'

/**
 * Two processes of the dev app (`npm run dev`'s command, API only) on one fresh Postgres
 * database, sharing an upload folder, a webhook receiver and a clock, as a deployment with several
 * instances runs: both boot, migrate and seed at the same moment, both run the job queue and the
 * webhook poller, and requests go to either.
 */
const secret = 'multi-instance-webhook-secret'

type Received = { body: SmpWebhookBody; key: string; verified: boolean }
type Instance = { admin: ApiClient; anonymous: ApiClient; name: string; server: DevServer }

const received: Received[] = []
let receiver: Server
let dir: string
let clockFile: string
let database: pg.Client
let a: Instance
let b: Instance

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'smp-clinic-instances-'))
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      received.push({
        body: JSON.parse(raw),
        key: String(req.headers['idempotency-key']),
        verified: verifyWebhook({
          body: raw,
          header: req.headers[signatureHeader] as string,
          secret,
        }),
      })
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const { uri } = await createTestDatabase('postgres', dir)
  clockFile = path.join(dir, 'clock-offset-ms')
  await writeFile(clockFile, '0')
  const env = {
    API_ONLY: 'true',
    DATABASE_URI: uri,
    // The ready line is an info line.
    LOG_LEVEL: 'info',
    SMP_CLOCK_FILE: clockFile,
    UPLOADS_DIR: path.join(dir, 'uploads'),
    WEBHOOK_SECRET: secret,
    WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/revalidate`,
  }
  const started = await Promise.allSettled([startDevServer({ env }), startDevServer({ env })])
  const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  const failed = started.find((result) => result.status === 'rejected')
  if (failed) {
    await Promise.all(servers.map((server) => server.close()))
    throw failed.reason
  }
  const instance = async (server: DevServer, name: string): Promise<Instance> => ({
    admin: await new ApiClient(server.url).login(devAdmin.email, devAdmin.password),
    anonymous: new ApiClient(server.url),
    name,
    server,
  })
  // One after the other: Payload's login reads the user's sessions before its transaction and
  // writes the list back, so two logins of one user at the same moment keep only one session.
  a = await instance(servers[0]!, 'A')
  b = await instance(servers[1]!, 'B')
  database = new pg.Client({ connectionString: uri })
  await database.connect()
}, 120_000)

afterAll(async () => {
  await database?.end()
  await Promise.all([a?.server.close(), b?.server.close()])
  receiver?.close()
  await rm(dir, { force: true, recursive: true })
})

const rows = async <T extends Record<string, unknown>>(text: string, values: unknown[] = []) =>
  (await database.query<T>(text, values)).rows

/**
 * Waits (reading again every 100 ms, for at most `timeoutMs`) until `check` holds.
 */
const until = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Asks both servers at once, several times over, to run a job queue (as their own crons and
 * pollers also do), so any job two processes could both claim is offered to both.
 */
const runQueueOnBoth = (queue: string, rounds = 3) =>
  Promise.all(
    Array.from({ length: rounds }, () =>
      [a, b].map(async ({ admin }) => {
        const { status } = await admin.get(`/api/payload-jobs/run?queue=${queue}&limit=50`)
        expect(status).toBe(200)
      }),
    ).flat(),
  )

/**
 * Every delivery recorded has been sent and answered, and no job is left on the webhook queue;
 * then one more poll interval passes, so a second sender of any delivery would have reached the
 * receiver too.
 */
const deliveriesSettled = async () => {
  await until('every webhook delivery to be sent', async () => {
    const [{ waiting } = { waiting: 0 }] = await rows<{ waiting: number }>(
      `select count(*)::int as waiting from smp_webhook_deliveries where state <> 'delivered'`,
    )
    const [{ queued } = { queued: 0 }] = await rows<{ queued: number }>(
      `select count(*)::int as queued from payload_jobs
       where queue = 'smp-clinic-webhooks' and completed_at is null and has_error is not true`,
    )
    return waiting === 0 && queued === 0
  })
  await new Promise((resolve) => setTimeout(resolve, 1500))
}

/**
 * Each delivery the log holds reached the receiver exactly once, signed; nothing else arrived.
 */
const expectEachDeliveryOnce = async () => {
  const logged = (await rows<{ key: string }>('select key from smp_webhook_deliveries')).map(
    ({ key }) => key,
  )
  const times = new Map<string, number>()
  for (const { key } of received) {
    times.set(key, (times.get(key) ?? 0) + 1)
  }
  expect([...times].filter(([, count]) => count !== 1)).toEqual([])
  expect([...times.keys()].sort()).toEqual([...new Set(logged)].sort())
  expect(logged).toHaveLength(new Set(logged).size)
  expect(received.filter(({ verified }) => !verified)).toEqual([])
}

const about = (collection: string, id: unknown) =>
  received.filter(({ body }) => body.collection === collection && body.docId === String(id))

test('both servers migrate and seed the same fresh database at once: each migration, the first user and each seeded document exist once', async () => {
  const migrationFiles = readdirSync(migrationDirs.postgres).filter((file) =>
    /^\d{8}_\d{6}_.+\.ts$/.test(file),
  )
  const migrations = await rows<{ name: string; runs: number }>(
    'select name, count(*)::int as runs from payload_migrations group by name',
  )
  expect(migrations.map(({ name }) => `${name}.ts`).sort()).toEqual(migrationFiles.sort())
  expect(migrations.filter(({ runs }) => runs !== 1)).toEqual([])
  expect(await rows('select email from users')).toEqual([{ email: devAdmin.email }])

  // What each server says it created, summed, is what the database holds, and no seed key twice.
  const reported: Record<string, number> = {}
  for (const { server } of [a, b]) {
    for (const [, json] of server.log().matchAll(/smpClinicPlugin seeded (\{[^}]*\})/g)) {
      for (const [slug, count] of Object.entries(JSON.parse(json!.replace(/\\"/g, '"')))) {
        reported[slug] = (reported[slug] ?? 0) + (count as number)
      }
    }
  }
  const stored: Record<string, number> = {}
  for (const slug of Object.keys(reported)) {
    const table = slug.replace(/-/g, '_')
    const keys = await rows<{ seed_key: string; copies: number }>(
      `select seed_key, count(*)::int as copies from "${table}" where seed_key is not null group by seed_key`,
    )
    expect([slug, keys.filter(({ copies }) => copies !== 1)]).toEqual([slug, []])
    stored[slug] = keys.length
  }
  expect(Object.keys(reported).sort()).toEqual(
    [
      'articles',
      'before-after-galleries',
      'faqs',
      'media',
      'practitioners',
      'testimonials',
      'topics',
    ].sort(),
  )
  expect(stored).toEqual(reported)

  // Both serve the one seeded article.
  const [fromA, fromB] = await Promise.all(
    [a, b].map(({ anonymous }) => anonymous.get('/api/articles?limit=0&depth=0')),
  )
  expect(fromA!.body.docs.map(({ id }: { id: number }) => id)).toEqual(
    fromB!.body.docs.map(({ id }: { id: number }) => id),
  )
  expect(fromA!.body.totalDocs).toBe(reported.articles)
})

test('edits, publishes and consent revocations sent to both servers at once are all kept, and each change reaches the site exactly once', async () => {
  const servers = [a, b]
  const other = (index: number) => servers[(index + 1) % 2]!
  const article = async (index: number, status: 'draft' | 'published') => {
    const { body, status: code } = await servers[index % 2]!.admin.rest(
      'POST',
      `/api/articles${status === 'draft' ? '?draft=true' : ''}`,
      {
        _status: status,
        body: richText(`Article ${index} of the multi-instance test.`),
        excerpt: `Excerpt ${index}`,
        title: `Instances article ${index}`,
      },
    )
    expect([index, code]).toEqual([index, 201])
    return body.doc as { id: number }
  }
  const published = await Promise.all([0, 1, 2, 3].map((index) => article(index, 'published')))
  const drafts = await Promise.all([4, 5, 6, 7].map((index) => article(index, 'draft')))
  const bound = await Promise.all(
    [0, 1, 2].map(async (index) => {
      const api = servers[index % 2]!.admin
      const consent = await createConsent(api)
      const gallery = await createGallery(api, { _status: 'published', consent: consent.id })
      expect(gallery.status).toBe(201)
      return { consent, gallery: gallery.body.doc as { id: number; title: string } }
    }),
  )
  const topics = (await a.admin.get('/api/topics?limit=4&sort=id')).body.docs as { id: number }[]

  const revokedAt = new Date().toISOString()
  const requests: Promise<{ label: string; status: number; body: any }>[] = []
  const send = (label: string, instance: Instance, method: string, url: string, json: unknown) =>
    requests.push(
      instance.admin.rest(method, url, json).then(({ body, status }) => ({ body, label, status })),
    )
  published.forEach(({ id }, index) => {
    // Two servers, one document, different fields.
    send(`excerpt ${id}`, servers[index % 2]!, 'PATCH', `/api/articles/${id}`, {
      excerpt: `Excerpt from ${servers[index % 2]!.name}`,
    })
    send(`title ${id}`, other(index), 'PATCH', `/api/articles/${id}`, {
      title: `Title from ${other(index).name}`,
    })
  })
  drafts.forEach(({ id }, index) =>
    send(`publish ${id}`, servers[index % 2]!, 'PATCH', `/api/articles/${id}`, {
      _status: 'published',
    }),
  )
  bound.forEach(({ consent, gallery }, index) => {
    send(`revoke ${consent.id}`, servers[index % 2]!, 'PATCH', `/api/consents/${consent.id}`, {
      revocation: { receivedVia: 'email' },
      revokedAt,
    })
    // The gallery that rests on it, edited on the other server at the same moment.
    send(
      `gallery ${gallery.id}`,
      other(index),
      'PATCH',
      `/api/before-after-galleries/${gallery.id}`,
      { title: `${gallery.title}, renamed` },
    )
  })
  topics.forEach(({ id }, index) =>
    send(`topic ${id}`, servers[index % 2]!, 'PATCH', `/api/topics/${id}`, {
      name: `Topic renamed on ${servers[index % 2]!.name}`,
    }),
  )
  const [answers] = await Promise.all([
    Promise.all(requests),
    runQueueOnBoth('smp-clinic-webhooks'),
  ])

  // An edit of a gallery whose consent was revoked first is refused for its consent; anything
  // else is stored.
  for (const { body, label, status } of answers) {
    if (label.startsWith('gallery') && status === 400) {
      expect([label, JSON.stringify(body)]).toEqual([label, expect.stringMatching(/consent/i)])
    } else {
      expect([label, status]).toEqual([label, 200])
    }
  }

  for (const { admin, anonymous, name } of servers) {
    for (const [index, { id }] of published.entries()) {
      const { body } = await admin.get(`/api/articles/${id}?depth=0`)
      expect([name, id, body.title, body.excerpt]).toEqual([
        name,
        id,
        `Title from ${other(index).name}`,
        `Excerpt from ${servers[index % 2]!.name}`,
      ])
    }
    for (const { id } of drafts) {
      expect([name, id, (await anonymous.get(`/api/articles/${id}?depth=0`)).status]).toEqual([
        name,
        id,
        200,
      ])
    }
    for (const [index, { consent, gallery }] of bound.entries()) {
      const edit = answers.find(({ label }) => label === `gallery ${gallery.id}`)!
      const stored = (await admin.get(`/api/before-after-galleries/${gallery.id}?depth=0`)).body
      expect([name, gallery.id, stored._status, stored.visibleUntil]).toEqual([
        name,
        gallery.id,
        'draft',
        revokedAt,
      ])
      if (edit.status === 200) {
        expect(stored.title).toBe(`${gallery.title}, renamed`)
      }
      const hidden = await anonymous.get(`/api/before-after-galleries/${gallery.id}`)
      expect([name, index, hidden.status]).toEqual([name, index, 404])
      expect((await admin.get(`/api/consents/${consent.id}`)).body.revokedAt).toBe(revokedAt)
    }
    for (const [index, { id }] of topics.entries()) {
      expect((await anonymous.get(`/api/topics/${id}`)).body.name).toBe(
        `Topic renamed on ${servers[index % 2]!.name}`,
      )
    }
  }

  await deliveriesSettled()
  await expectEachDeliveryOnce()
  for (const { id } of drafts) {
    expect(about('articles', id).map(({ body }) => body.event)).toEqual(['publish'])
  }
  for (const { id } of published) {
    expect(about('articles', id).filter(({ body }) => body.event === 'update')).not.toHaveLength(0)
  }
  for (const { gallery } of bound) {
    // Published once (and perhaps updated by the edit), withdrawn once by the revocation, never
    // published again by an edit that read the consent before it was revoked. (Deliveries run in
    // parallel, so they may arrive in any order.)
    const events = about('before-after-galleries', gallery.id).map(({ body }) => body.event)
    expect([gallery.id, events.filter((event) => event !== 'update').sort()]).toEqual([
      gallery.id,
      ['publish', 'unpublish'],
    ])
  }
}, 120_000)

test('images of one file name uploaded to both servers at once are each stored under a name of their own, with their own bytes', async () => {
  // Two different pictures, every copy called the same.
  const images = (['dense', 'sparse', 'dense', 'sparse', 'sparse', 'dense'] as const).map(
    (density) => ({ ...png(density), name: 'same-name.png' }),
  )
  const uploads = await Promise.all(
    images.map((image, index) =>
      [a, b][index % 2]!.admin.upload('media', image, { alt: `Upload ${index}` }),
    ),
  )
  expect(uploads.map(({ status }) => status)).toEqual(images.map(() => 201))
  const names = uploads.map(({ body }) => body.doc.filename as string)
  expect(new Set(names).size).toBe(images.length)
  // Read back through the other server, from the shared folder.
  for (const [index, { body }] of uploads.entries()) {
    const response = await [b, a][index % 2]!.admin.fetch(body.doc.url)
    expect([names[index], response.status]).toEqual([names[index], 200])
    expect(Buffer.from(await response.arrayBuffer()).equals(images[index]!.data)).toBe(true)
  }
})

test('when a consent ends with both servers running the job queue and the poller, its gallery and testimonial are unpublished once and the site is told once', async () => {
  const expiresAt = inDays(10)
  const consent = await createConsent(a.admin, { expiresAt })
  const gallery = await createGallery(b.admin, { _status: 'published', consent: consent.id })
  const testimonial = await createTestimonial(a.admin, {
    _status: 'published',
    consent: consent.id,
  })
  expect([gallery.status, testimonial.status]).toEqual([201, 201])
  const lapsed = [
    { collection: 'before-after-galleries', id: gallery.body.doc.id as number },
    { collection: 'testimonials', id: testimonial.body.doc.id as number },
  ]
  await until('both publishes to reach the site', () =>
    lapsed.every(({ collection, id }) => about(collection, id).length === 1),
  )

  // Both servers' clocks move past the expiry together; both run the consent task at once.
  await writeFile(clockFile, String(new Date(expiresAt).getTime() + 60_000 - Date.now()))
  await runQueueOnBoth('smp-clinic')

  for (const { admin, anonymous, name } of [a, b]) {
    for (const { collection, id } of lapsed) {
      const stored = (await admin.get(`/api/${collection}/${id}?depth=0`)).body
      expect([name, collection, stored._status]).toEqual([name, collection, 'draft'])
      expect((await anonymous.get(`/api/${collection}/${id}`)).status).toBe(404)
      // One unpublish: the version history holds the published save, then one draft.
      const { body } = await admin.get(
        `/api/${collection}/versions?where[parent][equals]=${id}&sort=createdAt&depth=0&limit=100`,
      )
      expect([name, collection, body.docs.map(({ version }: any) => version._status)]).toEqual([
        name,
        collection,
        ['published', 'draft'],
      ])
    }
  }

  await until('the lapses to reach the site', () =>
    lapsed.every(({ collection, id }) => about(collection, id).length === 2),
  )
  await deliveriesSettled()
  await expectEachDeliveryOnce()
  for (const { collection, id } of lapsed) {
    const [publish, unpublish, ...more] = about(collection, id)
    expect(more).toEqual([])
    expect(publish!.body.event).toBe('publish')
    expect(unpublish!.body).toMatchObject({
      event: 'unpublish',
      id: `lapse:${collection}:${id}:${new Date(expiresAt).toISOString()}`,
      occurredAt: new Date(expiresAt).toISOString(),
    })
  }
}, 120_000)
