import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * One GraphQL request cannot ask for unbounded work: depth, aliases, fields and documents are
 * bounded (configurable, here maxAliases lowered to 5), a 400 names the bound, and fragment
 * cycles or fragments that multiply are refused before anything runs.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    plugin: { graphQL: { limits: { maxAliases: 5 } }, seed: 'onInit' },
  })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const aliases = (count: number) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: Topics(limit: 1) { docs { id } }`).join(' ')} }`

const nested = (depth: number): string =>
  depth === 0 ? 'id' : `id author { id articles(limit: 1) { docs { ${nested(depth - 1)} } } }`

const laughs = (levels: number) =>
  `query { ...F${levels - 1} } ${Array.from({ length: levels }, (_, index) =>
    index === 0
      ? 'fragment F0 on Query { Topics { docs { id name } } }'
      : `fragment F${index} on Query { ...F${index - 1} ...F${index - 1} }`,
  ).join(' ')}`

test.each([
  ['aliases over the configured limit', aliases(6), /aliases limit \(5\)/],
  ['300 aliases', aliases(300), /aliases limit \(5\)/],
  ['a document of over 5000 tokens', aliases(500), /more that 5000 tokens/],
  [
    'nesting deeper than 10',
    `{ Articles(limit: 1) { docs { ${nested(4)} } } }`,
    /depth limit \(10\)/,
  ],
  [
    'more than 2000 documents',
    '{ Articles(limit: 2500) { docs { id } } }',
    /documents limit \(2000\)/,
  ],
  [
    'nested lists multiplying documents',
    '{ Practitioners(limit: 100) { docs { articles(limit: 100) { docs { id } } } } }',
    /documents limit/,
  ],
  [
    'more than 500 fields',
    `{ Articles { docs { ${'id '.repeat(501)} } } }`,
    /fields limit \(500\)/,
  ],
  [
    'aliased introspection',
    `{ ${Array.from({ length: 6 }, (_, index) => `s${index}: __schema { types { name } }`).join(' ')} }`,
    /aliases limit \(5\)/,
  ],
  [
    'a limit hidden in a variable default',
    'query ($l: Int = 5000) { Articles(limit: $l) { docs { id } } }',
    /documents limit \(2000\)/,
  ],
  [
    'a fragment cycle',
    'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    /cycle/,
  ],
  ['fragments that double at every level', laughs(16), /expands to more than/],
])(
  '%s is refused with 400 naming the bound, anonymously and for editors',
  async (_, query, message) => {
    for (const client of [server.anonymous, server.admin]) {
      const started = performance.now()
      const { body, status } = await client.graphql(query)
      const elapsed = performance.now() - started
      expect(status).toBe(400)
      expect(JSON.stringify(body.errors)).toMatch(message)
      expect(body.data).toBeUndefined()
      // Reported, not asserted: refusing happens before any resolver runs.
      if (client === server.anonymous) {
        console.log(`graphql limit: ${_} refused in ${elapsed.toFixed(0)} ms`)
      }
    }
  },
)

test('requests within every bound are answered as before', async () => {
  const { body, status } = await server.anonymous.graphql(`${aliases(5)} `.replace('}', '} '))
  expect(status).toBe(200)
  expect(body.errors).toBeUndefined()
  const page = await server.anonymous.graphql(
    '{ Articles(limit: 10) { docs { title author { name } topics { name } } } Faqs(limit: 50) { docs { question } } }',
  )
  expect(page.body.errors).toBeUndefined()
  expect(page.body.data.Articles.docs.length).toBeGreaterThan(0)
})

test('introspection is not counted against the bounds', async () => {
  const { body, status } = await server.anonymous.graphql(
    '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }',
  )
  expect(status).toBe(200)
  expect(body.errors).toBeUndefined()
})
