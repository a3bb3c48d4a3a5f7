import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Ordinary client mistakes get a 4xx in JSON that says what is wrong, never a 500 or a stack
 * trace; every answer carries a request id, and a 5xx names it.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: 'onInit' } })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const send = async (
  method: string,
  path: string,
  {
    body,
    editor = false,
    headers = {},
  }: { body?: string; editor?: boolean; headers?: Record<string, string> } = {},
) => {
  const response = await fetch(`${server.url}${path}`, {
    body,
    headers: editor ? server.admin.headers(headers) : headers,
    method,
  })
  const text = await response.text()
  return { headers: response.headers, status: response.status, text }
}

const json = { 'content-type': 'application/json' }

test.each([
  ['GET', '/api/testimonials/abc', 404, undefined, {}],
  ['GET', '/api/articles/%ff', 400, undefined, {}],
  ['GET', '/api/media/file/', 404, undefined, {}],
  ['GET', '/api/articles?where={bad', 400, undefined, {}],
  ['GET', '/api/articles?page=1e20', 400, undefined, {}],
  ['GET', '/api/articles?limit=0.5', 400, undefined, {}],
  ['GET', '/api/articles?limit=1&limit=2', 400, undefined, {}],
  ['GET', '/api/articles?depth=abc', 400, undefined, {}],
  ['GET', '/api/testimonials/distinct', 404, undefined, {}],
  // Editors may filter through relationships; the public may not.
  [
    'GET',
    '/api/before-after-galleries?where[practitioner.galleries.title][equals]=x',
    [400, 200],
    undefined,
    {},
  ],
  ['GET', '/api/articles?where[publishedAt][greater_than]=not-a-date', 400, undefined, {}],
  ['GET', '/api/articles?where[id][equals]=abc', 400, undefined, {}],
  ['GET', '/api/practitioners?where[languages][all]=x', 400, undefined, {}],
  ['GET', '/api/practitioners?joins[articles][sort]=author.name', 400, undefined, {}],
  ['GET', '/api/topics/versions', 404, undefined, {}],
  ['GET', '/api/payload-migrations', 404, undefined, {}],
  ['GET', '/api/nowhere', 404, undefined, {}],
  ['PUT', '/api/articles/1', 405, undefined, {}],
  ['POST', '/api/topics', 400, 'null', json],
  ['POST', '/api/topics', 400, '"str"', json],
  ['POST', '/api/topics', 400, '123', json],
  ['POST', '/api/topics', 400, '{bad', json],
  ['POST', '/api/users', 400, '123', json],
  ['POST', '/api/users', 400, '', json],
  ['POST', '/api/topics', 415, 'name=x', { 'content-type': 'text/plain' }],
  ['POST', '/api/topics', 413, JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }), json],
  ['POST', '/api/articles', 400, '{bad', { ...json, 'x-http-method-override': 'GET' }],
  ['POST', '/api/articles', 400, '', { ...json, 'x-http-method-override': 'GET' }],
  [
    'POST',
    '/api/articles',
    400,
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    { ...json, 'x-http-method-override': 'GET' },
  ],
  ['DELETE', '/api/payload-preferences/no-such-key', [401, 404], undefined, {}],
  ['POST', '/api/users/login', 400, 'x', { 'content-type': 'multipart/form-data' }],
  ['POST', '/api/articles', 400, 'x', { 'content-type': 'multipart/form-data; boundary=' }],
  // GraphQL takes queries by GET; one with no query is the client's mistake.
  ['GET', '/api/graphql', 400, undefined, {}],
  [
    'GET',
    '/api/graphql?query=mutation%20%7B%20deleteArticle(id%3A%201)%20%7B%20id%20%7D%20%7D',
    405,
    undefined,
    {},
  ],
  ['GET', '/api/graphql?query=%7B', 400, undefined, {}],
  [
    'GET',
    '/api/graphql?variables=%7B&query=%7B%20Articles%20%7B%20totalDocs%20%7D%20%7D',
    400,
    undefined,
    {},
  ],
  ['PUT', '/api/graphql', 405, undefined, {}],
  ['GET', '/api/articles/count?where[body.root][equals]=abc', 400, undefined, {}],
  // Payload leaves a refused join path as an unhandled rejection, which ends the process.
  [
    'GET',
    '/api/practitioners?joins[galleries][where][consent][exists]=true',
    [400, 200],
    undefined,
    {},
  ],
  ['GET', '/api/practitioners?joins[galleries][sort]=consent', [400, 200], undefined, {}],
  ['GET', '/api/practitioners?joins[galleries][where][pairs.0][equals]=1', 400, undefined, {}],
  [
    'POST',
    '/api/topics',
    [403, 201],
    '{"name":"Upper-case media type"}',
    { 'content-type': 'APPLICATION/JSON' },
  ],
  // Payload's SQL adapters fail on these; they are refused first, for every collection.
  ['GET', '/api/payload-locked-documents?where[document][equals]=1', 400, undefined, {}],
  ['GET', '/api/payload-locked-documents?where[document][exists]=true', 400, undefined, {}],
  ['GET', '/api/payload-preferences?where[user][in]=1', 400, undefined, {}],
  ['GET', '/api/articles/versions?where[version.body.root][equals]=abc', 400, undefined, {}],
  ['GET', '/api/testimonials/versions?where[parent][equals]=abc', 400, undefined, {}],
  ['GET', '/api/testimonials/versions?where[latest][equals]=abc', 400, undefined, {}],
  [
    'GET',
    '/api/testimonials/versions?where[version.practitioner.name][in][0][x]=1',
    400,
    undefined,
    {},
  ],
  ['POST', '/api/users', 400, '{"email":[1,2],"password":"x"}', json],
  ['POST', '/api/users', 400, '{"email":"a@b.test","password":{"a":1}}', json],
  ['POST', '/api/users/login', 400, '{"email":5,"password":"x"}', json],
  [
    'POST',
    '/api/reorder',
    400,
    '{"collectionSlug":"faqs","docsToMove":[1],"newKeyWillBe":"less","orderableFieldName":"_order","target":{"id":2,"key":"zz"}}',
    json,
  ],
  [
    'POST',
    '/api/reorder',
    400,
    '{"collectionSlug":"faqs","docsToMove":[1],"newKeyWillBe":"less","orderableFieldName":"_order"}',
    json,
  ],
  ['POST', '/api/graphql', 400, '{bad', json],
  [
    'POST',
    '/api/graphql',
    400,
    JSON.stringify({ query: 'query { ...F } fragment F on Query { ...F }' }),
    json,
  ],
] as const)(
  '%s %s answers %p in JSON with a message and a request id',
  async (method, path, expected, body, headers) => {
    for (const editor of [false, true]) {
      const response = await send(method, path, { body, editor, headers })
      const wanted = typeof expected === 'number' ? expected : expected[editor ? 1 : 0]
      expect([editor, response.status]).toEqual([editor, wanted])
      const parsed = JSON.parse(response.text)
      if (response.status >= 400) {
        expect(typeof parsed.errors[0].message).toBe('string')
      }
      expect(response.text).not.toMatch(/\n\s+at .+:\d+:\d+/)
      expect(response.headers.get('x-request-id')).toMatch(/\S/)
    }
  },
)

test('a write naming a document that does not exist is a 400 naming the field, and stores nothing', async () => {
  const before = (await server.admin.get('/api/articles/count?draft=true')).body.totalDocs
  const { body, status } = await server.admin.rest('POST', '/api/articles?draft=true', {
    heroImage: 987654,
    title: 'Pointing nowhere',
  })
  expect(status).toBe(400)
  expect(body.errors[0].data.errors[0].path).toBe('heroImage')
  expect((await server.admin.get('/api/articles/count?draft=true')).body.totalDocs).toBe(before)
})

test('a draft with an option that does not exist is refused, not passed to the database', async () => {
  const { body, status } = await server.admin.rest(
    'POST',
    '/api/before-after-galleries?draft=true',
    {
      hairLossStage: '%ff',
      title: 'Odd stage',
      treatmentType: 'hairline',
    },
  )
  expect(status).toBe(400)
  expect(body.errors[0].data.errors.map((error: { path: string }) => error.path)).toContain(
    'hairLossStage',
  )
})

test('a request id sent by a proxy is kept and returned', async () => {
  const response = await fetch(`${server.url}/api/nowhere`, {
    headers: { 'x-request-id': 'proxy-123' },
  })
  expect(response.headers.get('x-request-id')).toBe('proxy-123')
  expect((await response.json()).errors[0].requestId).toBe('proxy-123')
})

test('a password reset request answers at once and leaves writes free for everyone else', async () => {
  const reset = await server.anonymous.rest('POST', '/api/users/forgot-password', {
    email: 'nobody@example.com',
  })
  expect(reset.status).toBe(200)
  const write = await server.admin.rest('POST', '/api/topics', { name: 'Written right after' })
  expect(write.status).toBe(201)
})

/**
 * Payload checks a path through two relationships in a check it does not await (3.90), so a
 * refused path beside it in the same query left a rejection that nobody handled, which ends a
 * Node process. Each query below is refused with a 400 and leaves nothing behind.
 */
test('a query through two relationships beside a refused path is a 400 with no stray rejection', async () => {
  const rejections: unknown[] = []
  const listen = (reason: unknown) => rejections.push(reason)
  process.on('unhandledRejection', listen)
  try {
    for (const query of [
      'where[practitioner.photo.alt][equals]=x&where[pairs.0][equals]=1',
      'where[practitioner.photo.alt][equals]=x&where[nowhere][equals]=1',
      'where[or][0][practitioner.photo.nowhere][equals]=x&where[or][1][title][equals]=y',
      'sort=practitioner.photo.alt&where[nowhere][equals]=1',
      'draft=true&where[practitioner.photo.alt][equals]=x&where[nowhere][equals]=1',
    ]) {
      const answer = await send('GET', `/api/testimonials?${query}`, { editor: true })
      expect([query, answer.status]).toEqual([query, 400])
    }
    const versions = await send(
      'GET',
      '/api/testimonials/versions?where[version.practitioner.photo.alt][equals]=x&where[nowhere][equals]=1',
      { editor: true },
    )
    expect(versions.status).toBe(400)
    // The same paths, all valid, are answered.
    for (const path of [
      '/api/testimonials?where[practitioner.photo.alt][equals]=x&sort=practitioner.photo.alt',
      '/api/testimonials?draft=true&where[practitioner.photo.alt][equals]=x',
      '/api/testimonials/versions?where[version.practitioner.photo.alt][equals]=x&where[parent][exists]=true',
    ]) {
      const answer = await send('GET', path, { editor: true })
      expect([path, answer.status]).toEqual([path, 200])
    }
    const joined = await send(
      'GET',
      '/api/practitioners?joins[testimonials][where][gallery.practitioner.name][equals]=x&joins[testimonials][where][nowhere][equals]=1',
      { editor: true },
    )
    expect(joined.status).toBe(400)
    // Later requests give a stray rejection the turns it needs to surface.
    for (let turn = 0; turn < 3; turn++) {
      expect((await send('GET', '/api/topics?limit=1')).status).toBe(200)
    }
  } finally {
    process.off('unhandledRejection', listen)
  }
  expect(rejections).toEqual([])
})

test('a polymorphic relationship is matched by { relationTo, value }, or through .value', async () => {
  for (const path of [
    '/api/payload-locked-documents?where[document][equals][relationTo]=articles&where[document][equals][value]=1',
    '/api/payload-locked-documents?where[document.value][equals]=1',
    '/api/payload-preferences?where[user.relationTo][equals]=users',
  ]) {
    expect([path, (await server.admin.get(path)).status]).toEqual([path, 200])
  }
})

test('GraphQL answers what Payload failed on: Access for a visitor, version queries of the wrong type', async () => {
  const access = await server.anonymous.graphql('{ Access { canAccessAdmin } }')
  expect(access.body).toEqual({ data: { Access: { canAccessAdmin: false } } })
  for (const query of [
    '{ versionsTestimonials(where: { parent: { equals: "abc" } }) { docs { id } } }',
    '{ versionsArticles(where: { version__topics: { equals: "abc" } }) { docs { id } } }',
    '{ versionsArticles(where: { version__body: { equals: { a: 1 } } }) { docs { id } } }',
  ]) {
    const { body } = await server.admin.graphql(query)
    expect([query, body.errors?.[0]?.extensions?.statusCode]).toEqual([query, 400])
  }
})

test('a bulk update that fails for one document changes none', async () => {
  const made = await Promise.all(
    ['Bulk one', 'Bulk two'].map((name) => server.admin.rest('POST', '/api/topics', { name })),
  )
  const ids = made.map(({ body }) => body.doc.id)
  const { body, status } = await server.admin.rest(
    'PATCH',
    `/api/topics?where[id][in]=${ids.join(',')}`,
    { slug: 'one-slug-for-both' },
  )
  expect(status).toBe(400)
  expect(body.errors[0].message).toMatch(/^Nothing was updated/)
  for (const [index, id] of ids.entries()) {
    expect((await server.admin.get(`/api/topics/${id}`)).body.slug).toBe(made[index]!.body.doc.slug)
  }
})

test('a number the database cannot read back is refused, in bulk and alone', async () => {
  const { body } = await server.admin.get('/api/media?limit=1&depth=0')
  const id = body.docs[0].id
  for (const [method, path] of [
    ['PATCH', `/api/media?where[id][equals]=${id}`],
    ['PATCH', `/api/media/${id}`],
  ] as const) {
    const answer = await server.admin.rest(method, path, { width: 9007199254740992 })
    expect([path, answer.status]).toEqual([path, 400])
  }
  expect((await server.admin.get(`/api/media/${id}`)).status).toBe(200)
  expect((await server.admin.get('/api/media?limit=100')).status).toBe(200)
})
