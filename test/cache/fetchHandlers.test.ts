import { handleEndpoints } from 'payload'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { withGraphQLResponseCache, withResponseCache } from '../../src/index.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * The response cache as a Next.js host uses it: wrapping Payload's Fetch API handlers.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
}, 120_000)
afterAll(async () => {
  await server?.close()
})

test('REST: a miss, then a hit with the same bytes; a token bypasses and stays private', async () => {
  const GET = withResponseCache(
    (request: Request) => handleEndpoints({ config: server.payload.config, request }),
    server.payload,
  )
  const url = `${server.url}/api/faqs?limit=2&sort=question`
  const first = await GET(new Request(url))
  const second = await GET(new Request(url))
  expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['MISS', 'HIT'])
  expect(await second.text()).toBe(await first.text())
  const etag = second.headers.get('etag')!
  expect((await GET(new Request(url, { headers: { 'if-none-match': etag } }))).status).toBe(304)
  const signedIn = await GET(new Request(url, { headers: server.admin.headers() }))
  expect(signedIn.headers.get('x-cache')).toBe('BYPASS')
  expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
})

test('GraphQL: POST and GET share one stored answer; a mutation by GET is refused', async () => {
  const graphQL = withGraphQLResponseCache(
    GRAPHQL_POST(Promise.resolve(server.payload.config)),
    server.payload,
  )
  const query = '{ Topics(limit: 2, sort: "name") { docs { name } } }'
  const post = await graphQL(
    new Request(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    }),
  )
  expect(post.headers.get('x-cache')).toBe('MISS')
  const get = await graphQL(
    new Request(`${server.url}/api/graphql?query=${encodeURIComponent(query)}`),
  )
  expect(get.headers.get('x-cache')).toBe('HIT')
  expect(await get.text()).toBe(await post.text())
  const mutation = await graphQL(
    new Request(`${server.url}/api/graphql?query=${encodeURIComponent('mutation { logoutUser }')}`),
  )
  expect(mutation.status).toBe(405)
})
