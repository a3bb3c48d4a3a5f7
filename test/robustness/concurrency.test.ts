import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { placeholderPng } from '../../src/internal.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Writes that arrive together: every one answered 2xx is stored once, none fails because another
 * holds the database, and seeds that run side by side create each document once and report
 * exactly what they created.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false } })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const count = async (collection: string) =>
  (await server.admin.get(`/api/${collection}/count?draft=true`)).body.totalDocs as number

test('20 concurrent uploads are all stored, each with its files, and nothing else is left on disk', async () => {
  const before = await count('media')
  const uploads = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      server.admin.upload(
        'media',
        {
          data: placeholderPng({
            density: index % 2 ? 'dense' : 'sparse',
            height: 600,
            width: 800,
          }),
          // Half of them share one name: each must still end up with files of its own.
          name: index % 2 ? 'same-name.png' : `concurrent-${index}.png`,
          type: 'image/png',
        },
        { alt: `Concurrent upload ${index}` },
      ),
    ),
  )
  const errors = uploads.filter(({ status }) => status !== 201)
  const ids = uploads.map(({ body }) => body?.doc?.id)
  const after = await count('media')
  const { body } = await server.admin.get('/api/media?limit=0&pagination=false&depth=0')
  const named = new Set<string>(
    (body.docs as { filename: string; sizes: Record<string, { filename?: string }> }[]).flatMap(
      (doc) => [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename ?? '')],
    ),
  )
  const onDisk = await readdir(path.join(server.uploadsDir, 'media'))
  const orphans = onDisk.filter((file) => !named.has(file))
  const missing = [...named].filter((file) => file && !onDisk.includes(file))
  console.log(
    `uploads: 20 concurrent, ${errors.length} errors, ${after - before - new Set(ids).size} duplicates or losses, ${orphans.length} orphan files, ${missing.length} missing files`,
  )
  expect(errors.map(({ body, status }) => `${status} ${JSON.stringify(body)}`)).toEqual([])
  expect(new Set(ids).size).toBe(20)
  expect(after - before).toBe(20)
  expect(orphans).toEqual([])
  expect(missing).toEqual([])
}, 120_000)

test('5 concurrent seeds create each document once and report exactly what they created', async () => {
  const slugs = [
    'topics',
    'faqs',
    'articles',
    'practitioners',
    'before-after-galleries',
    'testimonials',
    'media',
  ]
  const before = Object.fromEntries(
    await Promise.all(slugs.map(async (slug) => [slug, await count(slug)])),
  )
  const runs = await Promise.all(
    Array.from({ length: 5 }, () => server.admin.rest('POST', '/api/smp-clinic/seed')),
  )
  const errors = runs.filter(({ status }) => status !== 200)
  const reported: Record<string, number> = {}
  for (const { body } of runs) {
    for (const [slug, created] of Object.entries((body?.created ?? {}) as Record<string, number>)) {
      reported[slug] = (reported[slug] ?? 0) + created
    }
  }
  const made: Record<string, number> = {}
  for (const slug of slugs) {
    made[slug] = (await count(slug)) - before[slug]
  }
  const seedKeys = new Map<string, number>()
  for (const slug of slugs) {
    const { body } = await server.admin.get(
      `/api/${slug}?limit=0&pagination=false&depth=0&draft=true`,
    )
    for (const doc of body.docs as { seedKey?: string }[]) {
      if (doc.seedKey) {
        seedKeys.set(`${slug}:${doc.seedKey}`, (seedKeys.get(`${slug}:${doc.seedKey}`) ?? 0) + 1)
      }
    }
  }
  const duplicates = [...seedKeys.entries()].filter(([, times]) => times > 1)
  console.log(
    `seeds: 5 concurrent, ${errors.length} errors, ${duplicates.length} duplicates, reported ${JSON.stringify(reported)} for ${JSON.stringify(made)} made`,
  )
  expect(errors.map(({ body, status }) => `${status} ${JSON.stringify(body)}`)).toEqual([])
  expect(duplicates).toEqual([])
  expect(Object.values(made).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0)
  for (const slug of slugs) {
    expect([slug, reported[slug] ?? 0]).toEqual([slug, made[slug]])
  }
}, 180_000)

test('the same document deleted five times at once: each answer is 200 or 404, never a 500', async () => {
  const documents = [
    [
      'topics',
      (await server.admin.rest('POST', '/api/topics', { name: 'Deleted at once' })).body.doc.id,
    ],
    [
      'testimonials',
      (
        await server.admin.rest('POST', '/api/testimonials?draft=true', {
          clientName: 'D. A.',
          quote: 'Deleted at once.',
          rating: 5,
        })
      ).body.doc.id,
    ],
  ] as const
  for (const [collection, id] of documents) {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => server.admin.rest('DELETE', `/api/${collection}/${id}`)),
    )
    const statuses = answers.map(({ status }) => status)
    console.log(
      `deletes: 5 concurrent of one ${collection} document, answered ${statuses.join(' ')}`,
    )
    expect(statuses.every((status) => status === 200 || status === 404)).toBe(true)
    expect(statuses).toContain(200)
    expect((await server.admin.get(`/api/${collection}/${id}?draft=true`)).status).toBe(404)
  }
})
