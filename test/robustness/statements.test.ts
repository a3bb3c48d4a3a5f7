import { seed } from '../../src/index.js'
import { backgroundWork } from '../../src/internal.js'
import { createConsent, createImage } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { testDatabaseKind } from '../helpers/testDatabase.js'

/**
 * What a request costs in SQL statements, counted with the adapter's query logger: it must not
 * grow with the number of related documents, rows on a page or photos in a gallery, and the
 * public's queries must be answered in order from an index rather than by sorting every row.
 */
const statements: { params: unknown[]; query: string }[] = []
let server: TestServer

const sql = testDatabaseKind() !== 'mongodb'
if (!sql) {
  console.log(
    'skip: statement counts and query plans are about the SQL adapters (this leg is MongoDB)',
  )
}
const describeSql = sql ? describe : describe.skip

beforeAll(async () => {
  server = await startTestServer({
    // The poller's own queries (it looks for the next instant after each commit) are not the
    // request's.
    databaseLogger: {
      logQuery: (query, params) => {
        if (!backgroundWork()) {
          statements.push({ params, query })
        }
      },
    },
    // What Payload and the plugin's privacy work cost per read, uncached: the response cache
    // would answer repeats with none, and works out instants it remembers between reads.
    plugin: { frontend: { responseCache: false }, seed: false },
  })
})
afterAll(async () => {
  await server?.close()
})

/**
 * The statements `run` sends to the database.
 */
const statementsOf = async (
  run: () => Promise<unknown>,
): Promise<{ params: unknown[]; query: string }[]> => {
  statements.length = 0
  await run()
  return [...statements]
}

const expectOk = <Response extends { body: unknown; status: number }>(response: Response) => {
  if (response.status >= 300) {
    throw new Error(`${response.status} ${JSON.stringify(response.body)}`)
  }
  return response
}

const publishedFaqs = async (count: number, label: string) => {
  const ids = []
  for (let index = 0; index < count; index++) {
    const { body } = expectOk(
      await server.admin.rest('POST', '/api/faqs', {
        _status: 'published',
        answer: richText(`Answer ${label} ${index}`),
        question: `Question ${label} ${index}?`,
      }),
    )
    ids.push(body.doc.id)
  }
  return ids
}

describeSql('statements per request', () => {
  test('an article read costs the same with 2 related FAQs as with 12, over REST and GraphQL', async () => {
    const author = expectOk(
      await server.admin.rest('POST', '/api/practitioners', {
        _status: 'published',
        name: 'Statement Author',
      }),
    ).body.doc
    const articles = []
    for (const count of [2, 12]) {
      const relatedFaqs = await publishedFaqs(count, `a${count}`)
      articles.push(
        expectOk(
          await server.admin.rest('POST', '/api/articles', {
            _status: 'published',
            author: author.id,
            body: richText(`Body with ${count} FAQs`),
            relatedFaqs,
            title: `Article with ${count} FAQs`,
          }),
        ).body.doc,
      )
    }
    // One request at a time, so each count holds that request's statements only.
    const restCounts: number[] = []
    const graphQLCounts: number[] = []
    for (const article of articles) {
      restCounts.push(
        (
          await statementsOf(async () => {
            const { body } = await server.anonymous.get(
              `/api/articles?where[slug][equals]=${article.slug}&depth=1`,
            )
            expect(body.docs[0].relatedFaqs.length).toBeGreaterThan(1)
          })
        ).length,
      )
      graphQLCounts.push(
        (
          await statementsOf(async () => {
            const { body } = await server.anonymous.graphql(
              `query ($slug: String) { Articles(where: { slug: { equals: $slug } }, limit: 1) { docs { title author { name } relatedFaqs { question } topics { name } } } }`,
              { slug: article.slug },
            )
            expect(body.data.Articles.docs[0].relatedFaqs.length).toBeGreaterThan(1)
          })
        ).length,
      )
    }
    expect(restCounts[0]).toBeGreaterThan(0)
    expect(restCounts[1]).toBe(restCounts[0])
    expect(graphQLCounts[0]).toBeGreaterThan(0)
    expect(graphQLCounts[1]).toBe(graphQLCounts[0])
  })

  test('a page of articles, each with its own author and images, costs the same with 2 rows as with 6', async () => {
    const tag = `rows-${Date.now()}`
    const addArticle = async (index: number) => {
      const photo = await createImage(server.admin, `${tag} author ${index}`)
      const hero = await createImage(server.admin, `${tag} hero ${index}`)
      const author = expectOk(
        await server.admin.rest('POST', '/api/practitioners', {
          _status: 'published',
          name: `${tag} author ${index}`,
          photo: photo.id,
        }),
      ).body.doc
      expectOk(
        await server.admin.rest('POST', '/api/articles', {
          _status: 'published',
          author: author.id,
          body: richText(`${tag} body ${index}`),
          heroImage: hero.id,
          title: `${tag} article ${index}`,
        }),
      )
    }
    const page = async (rows: number) => {
      const path = `/api/articles?where[title][like]=${tag}&depth=1&limit=${rows}`
      // Once to warm what a process remembers between requests (the clinic settings, instants).
      await server.anonymous.get(path)
      return (
        await statementsOf(async () => {
          const { body } = await server.anonymous.get(path)
          expect(body.docs).toHaveLength(rows)
          expect(body.docs.every((doc: { heroImage: unknown }) => doc.heroImage)).toBe(true)
        })
      ).length
    }
    for (let index = 0; index < 6; index++) {
      await addArticle(index)
    }
    // Each row's sharing image is checked against the galleries' photos, for all rows at once.
    expect(await page(6)).toBe(await page(2))
  })

  test('a page of 10 FAQs costs the same whether the collection holds 10 or 40', async () => {
    const count = async () =>
      (
        await statementsOf(async () => {
          const { body } = await server.anonymous.get('/api/faqs?limit=10&depth=0&sort=_order')
          expect(body.docs).toHaveLength(10)
        })
      ).length
    const { body } = await server.admin.get('/api/faqs?limit=0&depth=0')
    await publishedFaqs(Math.max(0, 10 - body.totalDocs), 'fill')
    const small = await count()
    await publishedFaqs(30, 'more')
    expect(small).toBeGreaterThan(0)
    expect(await count()).toBe(small)
  })

  test('a list asked for with pagination=false is not counted', async () => {
    const counted = async (query: string) =>
      (await statementsOf(() => server.anonymous.get(`/api/faqs?limit=10&depth=0${query}`))).filter(
        ({ query: sql }) => /count\(/i.test(sql),
      ).length
    expect(await counted('')).toBe(1)
    expect(await counted('&pagination=false')).toBe(0)
  })

  test("an editor's gallery list reads the consents of a whole page in one statement", async () => {
    const consentReads = async (limit: number) =>
      (
        await statementsOf(async () => {
          const { body } = await server.admin.get(
            `/api/before-after-galleries?limit=${limit}&depth=0&draft=true`,
          )
          expect(body.docs).toHaveLength(limit)
          expect(body.docs.every((doc: { consentState?: string }) => doc.consentState)).toBe(true)
        })
      ).filter(({ query }) => /from\s+["`]?consents["`]?/i.test(query)).length
    for (let index = 0; index < 8; index++) {
      const consent = await createConsent(server.admin)
      expectOk(
        await server.admin.rest('POST', '/api/before-after-galleries?draft=true', {
          consent: consent.id,
          title: `Listed gallery ${index}`,
          treatmentType: 'hairline',
        }),
      )
    }
    expect(await consentReads(2)).toBe(1)
    expect(await consentReads(8)).toBe(1)
  })

  test('publishing a gallery costs the same with 1 photo pair as with 6', async () => {
    const images: { id: number | string }[] = []
    for (let index = 0; index < 14; index++) {
      images.push(await createImage(server.admin, `Pair photo ${index}`))
    }
    const publish = async (pairCount: number, offset: number) => {
      const consent = await createConsent(server.admin)
      const pairs = Array.from({ length: pairCount }, (_, index) => ({
        after: images[offset + index * 2 + 1]!.id,
        angle: 'front',
        before: images[offset + index * 2]!.id,
      }))
      const draft = expectOk(
        await server.admin.rest('POST', '/api/before-after-galleries?draft=true', {
          consent: consent.id,
          pairs,
          title: `Gallery of ${pairCount}`,
          treatmentType: 'hairline',
          unretouchedAttestation: true,
        }),
      ).body.doc
      const sent = await statementsOf(async () =>
        expectOk(
          await server.admin.rest('PATCH', `/api/before-after-galleries/${draft.id}`, {
            _status: 'published',
          }),
        ),
      )
      // The photos did become public: the count is of real work.
      const photo = await server.anonymous.get(`/api/media/${pairs[pairCount - 1]!.after}`)
      expect(photo.status).toBe(200)
      return sent.length
    }
    const one = await publish(1, 0)
    expect(await publish(6, 2)).toBe(one)
  })
})

describeSql('seeding', () => {
  test('a second seed looks each collection up once and writes nothing', async () => {
    await seed({ payload: server.payload })
    const sent = await statementsOf(() => seed({ payload: server.payload }))
    const reads = sent.filter(({ query }) => /^\s*select/i.test(query))
    // The cross-process seed lock (a row in payload_kv on SQLite, an advisory lock on Postgres).
    const writes = sent.filter(
      ({ query }) => /^\s*(insert|update|delete)/i.test(query) && !/payload_kv/.test(query),
    )
    const seeded = [
      'topics',
      'faqs',
      'articles',
      'practitioners',
      'before_after_galleries',
      'media',
      'testimonials',
    ]
    for (const table of seeded) {
      expect(
        reads.filter(({ query }) => new RegExp(`from ["\`]${table}["\`]`).test(query)),
      ).toHaveLength(1)
    }
    expect(writes).toEqual([])
  })
})

/**
 * The plan of the outer query of a statement the server sent (subqueries order each document's
 * own array rows), on SQLite, whose planner decides from the schema alone.
 */
const sqlitePlan = async ({ params, query }: { params: unknown[]; query: string }) => {
  const client = (
    server.payload.db as unknown as {
      client: { execute: (args: { args: unknown[]; sql: string }) => Promise<{ rows: unknown[] }> }
    }
  ).client
  const { rows } = await client.execute({ args: params, sql: `EXPLAIN QUERY PLAN ${query}` })
  return (rows as { detail: string; parent: number }[])
    .filter(({ parent }) => parent === 0)
    .map(({ detail }) => detail)
    .join('\n')
}

const postgresIndexes = async (tables: string[]) => {
  const pool = (
    server.payload.db as unknown as {
      pool: {
        query: (text: string, values: unknown[]) => Promise<{ rows: { indexdef: string }[] }>
      }
    }
  ).pool
  const { rows } = await pool.query('SELECT indexdef FROM pg_indexes WHERE tablename = ANY($1)', [
    tables,
  ])
  return rows.map(({ indexdef }) => indexdef).join('\n')
}

describeSql('query plans', () => {
  test('the public article list is read in order from an index that leads with _status', async () => {
    const sent = await statementsOf(() =>
      server.anonymous.get('/api/articles?limit=10&depth=0&sort=-publishedAt'),
    )
    const list = sent.find(({ query }) => /order by/i.test(query) && /limit/i.test(query))
    expect(list).toBeDefined()
    if (server.database === 'sqlite') {
      const plan = await sqlitePlan(list!)
      expect(plan).toMatch(/USING INDEX _status_publishedAt_createdAt_idx/)
      expect(plan).not.toMatch(/TEMP B-TREE/)
    } else {
      // Postgres plans by table statistics (a few test rows are scanned whole), so here the test
      // checks the indexes it can choose from.
      const definitions = await postgresIndexes(['articles', 'faqs'])
      expect(definitions).toMatch(/\(_status, published_at, created_at\)/)
      expect(definitions).toMatch(/\(author_id, _status, published_at, created_at\)/)
      expect(definitions).toMatch(/\(_status, _order\)/)
    }
  })

  test('a public gallery list is read in order, and counted from an index alone', async () => {
    const sent = await statementsOf(() =>
      server.anonymous.get('/api/before-after-galleries?limit=10&depth=0'),
    )
    const count = sent.find(({ query }) => /count\(/i.test(query))
    const list = sent.find(({ query }) => /order by/i.test(query) && /limit/i.test(query))
    expect(count).toBeDefined()
    expect(list).toBeDefined()
    if (server.database === 'sqlite') {
      expect(await sqlitePlan(count!)).toMatch(/USING COVERING INDEX _status_isSample_visibleUntil/)
      const plan = await sqlitePlan(list!)
      expect(plan).toMatch(/USING INDEX _status_createdAt/)
      expect(plan).not.toMatch(/TEMP B-TREE/)
    } else {
      const definitions = await postgresIndexes(['before_after_galleries'])
      expect(definitions).toMatch(/\(_status, is_sample, visible_until\)/)
      expect(definitions).toMatch(/\(_status, created_at\)/)
    }
  })
})

describe("a visitor's depth", () => {
  const depthOf = (value: unknown, depth = 0): number =>
    value && typeof value === 'object'
      ? Math.max(
          depth,
          ...Object.values(value as Record<string, unknown>).map((inner) =>
            depthOf(inner, depth + (Array.isArray(value) ? 0 : 1)),
          ),
        )
      : depth

  test('is capped at frontend.maxDepth (3), so linked articles and FAQs cannot multiply a response; editors are not capped', async () => {
    const [faq] = await publishedFaqs(1, 'cycle')
    const article = expectOk(
      await server.admin.rest('POST', '/api/articles', {
        _status: 'published',
        body: richText('Cycle body'),
        relatedFaqs: [faq],
        title: 'Cycle article',
      }),
    ).body.doc
    expectOk(
      await server.admin.rest('PATCH', `/api/faqs/${faq}`, { relatedArticles: [article.id] }),
    )
    const read = async (api: TestServer['admin'], depth: number) => {
      const { body, status } = await api.get(`/api/faqs/${faq}?depth=${depth}`)
      expect(status).toBe(200)
      return body
    }
    const atThree = await read(server.anonymous, 3)
    const atTen = await read(server.anonymous, 10)
    expect(atTen).toEqual(atThree)
    expect(depthOf(atTen)).toBeLessThan(depthOf(await read(server.admin, 6)))
  })
})
