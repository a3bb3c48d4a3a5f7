import type { Where } from 'payload'

import { requestState, requestStateNames, withinRule } from '../../src/internal.js'

/**
 * How a read rule narrows a query, and the per-request state: no server, no database.
 */
const published: Where = { _status: { equals: 'published' } }
const byId: Where = { id: { in: [1, 2] } }

test('a rule narrows a query: all of it, none of it, or the part both select', () => {
  expect(withinRule(true, byId)).toEqual(byId)
  expect(withinRule(true)).toEqual({})
  expect(withinRule(false, byId)).toBe(false)
  expect(withinRule(published, byId)).toEqual({ and: [byId, published] })
  expect(withinRule(published)).toEqual(published)
})

test('state kept for a request is made once, kept apart by name, and not shared with another request', () => {
  const counter = requestState('test.counter', () => ({ count: 0 }))
  const names = requestState('test.names', () => new Set<string>())
  const first = {}
  const second = {}
  counter(first).count++
  counter(first).count++
  names(first).add('a')
  expect(counter(first).count).toBe(2)
  expect(counter(second).count).toBe(0)
  expect(requestStateNames(first).sort()).toEqual(['test.counter', 'test.names'])
  expect(requestStateNames(second)).toEqual(['test.counter'])
})
