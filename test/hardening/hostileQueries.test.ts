import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Query input Payload takes in forms its handlers then fail on (500): each form is a 400 naming
 * what is wrong, and what the server checks is exactly what Payload runs.
 */
let server: TestServer
let articleId: number | string
beforeAll(async () => {
  server = await startTestServer()
  const { body } = await server.anonymous.get('/api/articles?limit=1')
  articleId = body.docs[0].id
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const withData = (value: string) => `/api/articles/${articleId}?data=${encodeURIComponent(value)}`

test.each(['true', '1', '"text"', 'null', '[]', '[1,2]'])(
  'an editor’s read by id with data=%s (not an object) is a 400 naming data',
  async (value) => {
    const { body, status } = await server.admin.get(withData(value))
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/"data" must be a JSON object/)
  },
)

test('the plugin refuses such data itself, for hosts on any server (the Local API, as a request would)', async () => {
  const user = (await server.payload.find({ collection: 'users', limit: 1 })).docs[0]
  await expect(
    server.payload.findByID({
      collection: 'articles',
      data: true as never,
      id: articleId,
      overrideAccess: false,
      user,
    }),
  ).rejects.toMatchObject({ status: 400 })
  await expect(
    server.payload.findByID({
      collection: 'articles',
      data: { title: 'Made up' },
      id: articleId,
      overrideAccess: false,
    }),
  ).rejects.toMatchObject({ status: 400 })
})

test('an editor may still preview unsaved changes with data as an object', async () => {
  const { body, status } = await server.admin.get(withData('{"title":"Unsaved title"}'))
  expect(status).toBe(200)
  expect(body.title).toBe('Unsaved title')
})

test.each(['{"title":"Made up"}', 'true', '{}'])(
  'a visitor may not have the API serve data=%s in place of an article (400, no made-up content)',
  async (value) => {
    const { body, status } = await server.anonymous.get(withData(value))
    expect(status).toBe(400)
    expect(JSON.stringify(body)).not.toContain('Made up')
  },
)

test('data sent in a JSON body that overrides POST to GET is checked the same way', async () => {
  const response = await fetch(`${server.url}/api/articles/${articleId}`, {
    body: JSON.stringify({ data: 'text' }),
    headers: {
      ...server.admin.headers(),
      'content-type': 'application/json',
      'x-http-method-override': 'GET',
    },
    method: 'POST',
  })
  expect(response.status).toBe(400)
})

const overrideGet = (path: string, body: string, type: string) =>
  fetch(`${server.url}${path}`, {
    body,
    headers: { 'content-type': type, 'x-http-method-override': 'GET' },
    method: 'POST',
  })

test('a form-encoded query sent as a POST body is run as checked, whatever the Content-Type’s parameters', async () => {
  const where = 'where[title][equals]=No such title'
  for (const type of [
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=UTF-8',
    'Application/X-WWW-Form-Urlencoded',
  ]) {
    const response = await overrideGet('/api/articles', where, type)
    expect(response.status).toBe(200)
    expect((await response.json()).totalDocs).toBe(0)
  }
})

test('a query split between the URL and a form-encoded body is checked as Payload joins them', async () => {
  const bad = await overrideGet(
    '/api/articles?depth=1',
    'where[or][0][title][equals]=x&limit=abc',
    'application/x-www-form-urlencoded',
  )
  expect(bad.status).toBe(400)
  const many = Array.from({ length: 40 }, (_, n) => `where[or][${n}][title][equals]=x${n}`).join(
    '&',
  )
  const ok = await overrideGet('/api/articles?depth=0', many, 'application/x-www-form-urlencoded')
  expect(ok.status).toBe(200)
})

test('data that is not an object is a 400 on every collection, the delivery log and the host’s included', async () => {
  // An id of the database's form (the dev server answers any other 404 before reading a query).
  const id = server.nonexistentId
  for (const path of [
    `/api/smp-webhook-deliveries/${id}`,
    `/api/users/${id}`,
    `/api/consents/${id}`,
  ]) {
    for (const value of ['true', '1']) {
      const { status } = await server.admin.get(`${path}?data=${value}`)
      expect([path, value, status]).toEqual([path, value, 400])
    }
    const response = await fetch(`${server.url}${path}`, {
      body: JSON.stringify({ data: true }),
      headers: {
        ...server.admin.headers(),
        'content-type': 'application/json',
        'x-http-method-override': 'GET',
      },
      method: 'POST',
    })
    expect([path, response.status]).toEqual([path, 400])
  }
})
