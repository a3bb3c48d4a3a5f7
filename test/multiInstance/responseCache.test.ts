import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { devAdmin } from '../../dev/ensureFirstUser.js'
import { type DevServer, startDevServer } from '../e2e/devServer.js'
import { ApiClient } from '../helpers/apiClient.js'
import { createConsent, createGallery, createTestimonial } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { createTestDatabase } from '../helpers/testDatabase.js'
import {
  startThrowawayRedis,
  throwawayRedisMissing,
  type ThrowawayRedis,
} from '../helpers/throwawayRedis.js'

/**
 * The response cache across app servers: A and B answer anonymous reads from memory and share
 * invalidation through one Redis (a throwaway server of this test's own, so it can be killed);
 * C runs the same app with the cache off, on the same Postgres database and clock. Every cached
 * answer is checked against what C says at that moment: C is asked just before and just after,
 * and the cached answer must be one of the two (a background write, the plugin's own, may land
 * between them). Anything else is a stale answer.
 */
const missing = throwawayRedisMissing()
if (missing) {
  console.log(`skipped: the response cache across app servers needs Redis: ${missing}`)
}
const describeWithRedis = missing ? describe.skip : describe

const day = 86_400_000
const readsWanted = Number(process.env.SMP_CACHE_STALENESS_READS ?? 10_000)

type Instance = { admin: ApiClient; server: DevServer }
let dir: string
let clockFile: string
let clockOffset = 0
let redis: ThrowawayRedis
let a: Instance
let b: Instance
let c: Instance

const setClock = async (offset: number) => {
  clockOffset = offset
  await writeFile(clockFile, String(offset))
}
const clockNow = () => new Date(Date.now() + clockOffset)

beforeAll(async () => {
  if (missing) {
    return
  }
  dir = await mkdtemp(path.join(tmpdir(), 'smp-clinic-cache-'))
  redis = await startThrowawayRedis()
  const { uri } = await createTestDatabase('postgres', dir)
  clockFile = path.join(dir, 'clock-offset-ms')
  await setClock(0)
  const env = {
    API_ONLY: 'true',
    DATABASE_URI: uri,
    LOG_LEVEL: 'info',
    REDIS_KEY_PREFIX: `smp-cache-test-${Date.now()}:`,
    REDIS_URL: redis.url,
    SMP_CLOCK_FILE: clockFile,
    UPLOADS_DIR: path.join(dir, 'uploads'),
  }
  const started = await Promise.allSettled([startDevServer({ env }), startDevServer({ env })])
  const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  const failed = started.find((result) => result.status === 'rejected')
  if (failed) {
    await Promise.all(servers.map((server) => server.close()))
    throw failed.reason
  }
  const uncached = await startDevServer({ env: { ...env, RESPONSE_CACHE: 'off' } })
  const instance = async (server: DevServer): Promise<Instance> => ({
    admin: await new ApiClient(server.url).login(devAdmin.email, devAdmin.password),
    server,
  })
  a = await instance(servers[0]!)
  b = await instance(servers[1]!)
  c = await instance(uncached)
}, 180_000)

afterAll(async () => {
  await Promise.all([a?.server.close(), b?.server.close(), c?.server.close()])
  await redis?.stop()
  if (dir) {
    await rm(dir, { force: true, recursive: true })
  }
})

/**
 * What the test has made, so reads and writes can name it as it changes.
 */
type World = {
  articles: { id: number | string; published: boolean; slug: string }[]
  author: number | string
  faqs: (number | string)[]
  galleries: { consent: number | string; id: number | string; images: (number | string)[] }[]
  testimonials: { consent: number | string; id: number | string }[]
  files: string[]
  media: (number | string)[]
}
let world: World

const random = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!

const graphQLQueries = [
  '{ Articles(sort: "title") { docs { title slug author { name } } totalDocs } }',
  '{ Faqs(limit: 50, sort: "question") { docs { question } } }',
  '{ Testimonials { docs { quote clientName } } }',
  '{ BeforeAfterGalleries { docs { title pairs { before { url alt } after { url } } } } }',
]

type Read = { graphQL?: string; path?: string }

const readsNow = (): Read[] => [
  { path: '/api/articles?depth=1&sort=title' },
  { path: '/api/articles/count' },
  ...world.articles.flatMap(({ id, slug }) => [
    { path: `/api/articles?where[slug][equals]=${slug}&depth=1` },
    { path: `/api/articles/${id}?depth=2` },
  ]),
  { path: '/api/faqs?limit=50&sort=question&depth=0' },
  ...world.faqs.slice(0, 4).map((id) => ({ path: `/api/faqs/${id}` })),
  { path: '/api/testimonials?depth=1' },
  ...world.testimonials.map(({ id }) => ({ path: `/api/testimonials/${id}?depth=1` })),
  { path: '/api/before-after-galleries?depth=1' },
  ...world.galleries.map(({ id }) => ({ path: `/api/before-after-galleries/${id}?depth=1` })),
  { path: '/api/practitioners?depth=1' },
  { path: '/api/media?limit=50&depth=0' },
  ...world.media.map((id) => ({ path: `/api/media/${id}` })),
  ...world.files.map((file) => ({ path: new URL(file).pathname })),
  { path: '/api/topics?limit=50' },
  ...graphQLQueries.map((graphQL) => ({ graphQL })),
]

type Answer = { cache: null | string; signature: string; status: number }

const ask = async (server: DevServer, read: Read): Promise<Answer> => {
  const response = read.graphQL
    ? await fetch(`${server.url}/api/graphql`, {
        body: JSON.stringify({ query: read.graphQL }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
    : await fetch(`${server.url}${read.path}`)
  const body = Buffer.from(await response.arrayBuffer())
  // Each server writes its own address into file URLs and canonical URLs (stored ones carry the
  // address of the server that saved them).
  let text = body.toString('latin1')
  for (const { server: any } of [a, b, c]) {
    text = text.replaceAll(any.url, 'ORIGIN')
  }
  return {
    cache: response.headers.get('x-cache'),
    signature: createHash('sha256').update(text, 'latin1').digest('hex'),
    status: response.status,
  }
}

type Tally = { bypass: number; fiveHundreds: number; hit: number; reads: number; stale: string[] }

const readKey = (read: Read) => read.path ?? `graphql ${read.graphQL}`

const inParallel = async <T>(items: T[], each: (item: T) => Promise<void>) => {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
        await each(item)
      }
    }),
  )
}

/**
 * `count` cached reads from A and B, between two uncached reads of each key they name: the
 * test's own writes happen between batches only, so a cached answer must be what C said just
 * before or just after (a background write of the plugin's may land in between). C is asked
 * again after the batch only for the keys whose cached answers differ from what it said before:
 * an answer that matches "before" passes either way, and C's uncached answers are most of what
 * the run costs.
 */
const readBatch = async (count: number, tally: Tally) => {
  const reads = readsNow()
  const batch = Array.from({ length: count }, () => random(reads))
  const uncached = async (keys: Read[]) => {
    const answers = new Map<string, Answer>()
    await inParallel(keys, async (read) => {
      answers.set(readKey(read), await ask(c.server, read))
    })
    return answers
  }
  const same = (left: Answer, right: Answer) =>
    left.status === right.status && left.signature === right.signature
  const before = await uncached([...new Map(batch.map((read) => [readKey(read), read])).values()])
  const cached: [Read, Answer, string][] = []
  await inParallel(batch, async (read) => {
    const server = Math.random() < 0.5 ? a.server : b.server
    cached.push([read, await ask(server, read), server === a.server ? 'A' : 'B'])
  })
  const changed = cached.filter(([read, answer]) => !same(before.get(readKey(read))!, answer))
  const after = await uncached([
    ...new Map(changed.map(([read]) => [readKey(read), read])).values(),
  ])
  for (const [read, answer, name] of cached) {
    tally.reads++
    tally.hit += answer.cache === 'HIT' ? 1 : 0
    tally.bypass += answer.cache === 'BYPASS' ? 1 : 0
    tally.fiveHundreds += answer.status >= 500 ? 1 : 0
    const options = [before.get(readKey(read))!, after.get(readKey(read)) ?? null]
    const matches = options.some((uncachedAnswer) => uncachedAnswer && same(uncachedAnswer, answer))
    if (!matches && tally.stale.length < 20) {
      tally.stale.push(
        `${readKey(read)} from ${name} (${answer.cache}): ${answer.status}, uncached ${options[0]!.status}/${options[1]?.status}`,
      )
    }
  }
}

const writer = () => random([a, b]).admin

/**
 * One write of the kinds a clinic's editors and clients make, or the clock moving a day.
 */
const writes: Record<string, () => Promise<unknown>> = {
  clock: () => setClock(clockOffset + day),
  consentRenewal: async () => {
    const testimonial = random(world.testimonials)
    const consent = await createConsent(writer(), {
      expiresAt: new Date(
        clockNow().getTime() + (1 + Math.floor(Math.random() * 3)) * day + day / 2,
      ).toISOString(),
    })
    testimonial.consent = consent.id
    return writer().rest('PATCH', `/api/testimonials/${testimonial.id}`, {
      _status: 'published',
      consent: consent.id,
    })
  },
  consentRevocation: () =>
    writer().rest(
      'PATCH',
      `/api/consents/${random([...world.testimonials, ...world.galleries]).consent}`,
      {
        revokedAt: clockNow().toISOString(),
      },
    ),
  delete: async () => {
    const id = world.faqs.pop()
    if (id === undefined) {
      return
    }
    await writer().rest('DELETE', `/api/faqs/${id}`)
  },
  create: async () => {
    const { body } = await writer().rest('POST', '/api/faqs', {
      _status: 'published',
      answer: richText('Yes, it can.'),
      question: `Can it be done in winter, case ${Math.random().toString(36).slice(2, 7)}?`,
    })
    if (body?.doc?.id !== undefined) {
      world.faqs.unshift(body.doc.id)
    }
  },
  edit: () =>
    writer().rest('PATCH', `/api/faqs/${random(world.faqs)}`, {
      question: `Edited question ${Math.random().toString(36).slice(2, 7)}?`,
    }),
  imageChange: () =>
    writer().rest('PATCH', `/api/media/${random(world.media)}`, {
      alt: `Photo ${Math.random().toString(36).slice(2, 7)}`,
    }),
  publish: () => {
    const article = random(world.articles)
    article.published = !article.published
    return writer().rest('PATCH', `/api/articles/${article.id}`, {
      _status: article.published ? 'published' : 'draft',
    })
  },
  slugChange: () => {
    const article = random(world.articles)
    article.slug = `article-${Math.random().toString(36).slice(2, 8)}`
    return writer().rest('PATCH', `/api/articles/${article.id}`, { slug: article.slug })
  },
  titleEdit: () =>
    writer().rest('PATCH', `/api/articles/${random(world.articles).id}`, {
      title: `Title ${Math.random().toString(36).slice(2, 7)}`,
    }),
}

const build = async () => {
  const admin = a.admin
  const author = (
    await admin.rest('POST', '/api/practitioners', { _status: 'published', name: 'Dana Lee' })
  ).body.doc.id
  const articles: World['articles'] = []
  for (let index = 0; index < 4; index++) {
    const slug = `cached-article-${index}`
    const { body } = await admin.rest('POST', '/api/articles', {
      _status: 'published',
      author,
      body: richText(`Article ${index}`),
      slug,
      title: `Article ${index}`,
    })
    articles.push({ id: body.doc.id, published: true, slug })
  }
  const testimonials: World['testimonials'] = []
  const galleries: World['galleries'] = []
  for (let index = 0; index < 4; index++) {
    const consent = await createConsent(admin, {
      expiresAt: new Date(Date.now() + (index + 1) * day + day / 2).toISOString(),
    })
    const { body } = await createTestimonial(admin, { _status: 'published', consent: consent.id })
    testimonials.push({ consent: consent.id, id: body.doc.id })
    if (index % 2 === 0) {
      const gallery = await createGallery(admin, { _status: 'published', consent: consent.id })
      galleries.push({
        consent: consent.id,
        id: gallery.body.doc.id,
        images: [gallery.before.id, gallery.after.id],
      })
    }
  }
  const faqs = (await admin.get('/api/faqs?limit=50&depth=0')).body.docs.map(
    (doc: { id: number | string }) => doc.id,
  )
  const media = galleries.flatMap((gallery) => gallery.images)
  const files = await Promise.all(
    media.map(async (id) => (await admin.get(`/api/media/${id}`)).body.url as string),
  )
  world = { articles, author, faqs, files, galleries, media, testimonials }
}

const run = async (
  events: number,
  readsPerEvent: number,
  tally: Tally,
  during?: (event: number) => Promise<void>,
) => {
  const kinds = Object.keys(writes)
  for (let event = 0; event < events; event++) {
    await during?.(event)
    await readBatch(readsPerEvent, tally)
    const kind = event % 25 === 24 ? 'clock' : random(kinds.filter((name) => name !== 'clock'))
    await writes[kind]!()
  }
}

describeWithRedis('the response cache on two app servers sharing Postgres and Redis', () => {
  test(`${readsWanted} anonymous reads interleaved with writes and consent instants: none stale`, async () => {
    await build()
    const tally: Tally = { bypass: 0, fiveHundreds: 0, hit: 0, reads: 0, stale: [] }
    const readsPerEvent = 60
    await run(Math.ceil(readsWanted / readsPerEvent), readsPerEvent, tally)
    console.log(
      `response cache across servers: ${tally.reads} reads, ${tally.hit} hits, ${tally.bypass} bypasses, ${tally.stale.length} stale, ${tally.fiveHundreds} 5xx`,
    )
    expect(tally.stale).toEqual([])
    expect(tally.fiveHundreds).toBe(0)
    expect(tally.reads).toBeGreaterThanOrEqual(readsWanted)
    // The cache was there to be wrong: a good share of the reads came from memory.
    expect(tally.hit).toBeGreaterThan(tally.reads * 0.2)
  }, 1_800_000)

  test('Redis killed mid-run: reads bypass the cache (no 5xx, nothing stale), and it resumes when Redis returns', async () => {
    const tally: Tally = { bypass: 0, fiveHundreds: 0, hit: 0, reads: 0, stale: [] }
    await run(30, 30, tally, async (event) => {
      if (event === 10) {
        await redis.kill()
      }
      if (event === 20) {
        await redis.start()
      }
    })
    // Back by itself: the same read is answered from memory again.
    const read = { path: '/api/faqs?limit=50&sort=question&depth=0' }
    const deadline = Date.now() + 20_000
    let resumed = false
    while (!resumed && Date.now() < deadline) {
      await ask(a.server, read)
      resumed = (await ask(a.server, read)).cache === 'HIT'
    }
    console.log(
      `response cache with Redis killed: ${tally.reads} reads, ${tally.hit} hits, ${tally.bypass} bypasses, ${tally.stale.length} stale, ${tally.fiveHundreds} 5xx`,
    )
    expect(tally.stale).toEqual([])
    expect(tally.fiveHundreds).toBe(0)
    expect(tally.bypass).toBeGreaterThan(0)
    expect(resumed).toBe(true)
  }, 900_000)
})
