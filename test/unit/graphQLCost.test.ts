import { buildSchema, parse, validate } from 'graphql'

import { graphQLCostRule } from '../../src/index.js'

/**
 * The GraphQL cost rule on a small schema of its own: no server, no database.
 */
const schema = buildSchema(`
  type Article { id: ID, title: String, related: [Article] }
  type Articles { docs: [Article], totalDocs: Int }
  type Query { Articles(limit: Int): Articles }
`)
const limits = { maxAliases: 2, maxDepth: 4, maxDocuments: 100, maxFields: 30 }
const problems = (query: string, variables: Record<string, unknown> = {}) =>
  validate(schema, parse(query), [graphQLCostRule(limits, variables)]).map(({ message }) => message)

test('a request within every bound passes', () => {
  expect(problems('{ Articles(limit: 10) { docs { id title } } }')).toEqual([])
})

test('each bound refuses a request over it, naming the bound', () => {
  const deep = '{ Articles(limit: 1) { docs { related { related { related { id } } } } } }'
  expect(problems(deep).join(' ')).toMatch(/depth/i)
  const aliased =
    '{ a: Articles(limit: 1) { totalDocs } b: Articles(limit: 1) { totalDocs } c: Articles(limit: 1) { totalDocs } }'
  expect(problems(aliased).join(' ')).toMatch(/alias/i)
  expect(problems('{ Articles(limit: 500) { docs { id } } }').join(' ')).toMatch(/document/i)
})

test('a limit sent as a variable counts as if written in the query, and its default when left out', () => {
  const query = 'query ($n: Int = 500) { Articles(limit: $n) { docs { id } } }'
  expect(problems(query).join(' ')).toMatch(/document/i)
  expect(problems(query, { n: 5 })).toEqual([])
})
