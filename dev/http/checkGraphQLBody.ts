import { Kind, parse } from 'graphql'

import { HttpProblem } from './problem.js'

/**
 * The most tokens a GraphQL document may hold. The clinic's largest page query is a few hundred;
 * the bound keeps the parser's recursion and the validators' work small for any document.
 */
export const maxGraphQLTokens = 5_000

/**
 * The most fields a fragment may stand for once the fragments it spreads are expanded.
 */
export const maxExpandedFields = 10_000

const refuse = (message: string) => new HttpProblem(400, message)

/**
 * The name of a fragment that spreads itself, directly or through others, or undefined.
 */
const fragmentCycle = (spreads: Map<string, string[]>): string | undefined => {
  const state = new Map<string, 'done' | 'open'>()
  for (const start of spreads.keys()) {
    if (state.has(start)) {
      continue
    }
    const stack: { index: number; name: string }[] = [{ index: 0, name: start }]
    state.set(start, 'open')
    while (stack.length) {
      const top = stack[stack.length - 1]!
      const next = spreads.get(top.name)?.[top.index++]
      if (next === undefined) {
        state.set(top.name, 'done')
        stack.pop()
      } else if (state.get(next) === 'open') {
        return next
      } else if (!state.has(next) && spreads.has(next)) {
        state.set(next, 'open')
        stack.push({ index: 0, name: next })
      }
    }
  }
  return undefined
}

/**
 * Checks a GraphQL request body before Payload sees it: a JSON object whose `query` parses within
 * `maxGraphQLTokens`, with no fragment that spreads itself and none that expands to more than
 * `maxExpandedFields` fields. Payload's query-complexity rule walks
 * fragment spreads without noticing cycles, so such a document overflows the stack (an empty
 * 500) before GraphQL's own cycle rule can answer.
 */
export const checkGraphQLBody = (body: unknown): void => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw refuse('A GraphQL request is a JSON object with a "query".')
  }
  const { query } = body as { query?: unknown }
  if (typeof query !== 'string') {
    throw refuse('"query" must be a GraphQL document, as text.')
  }
  let document
  try {
    document = parse(query, { maxTokens: maxGraphQLTokens, noLocation: true })
  } catch (error) {
    throw refuse(
      error instanceof RangeError
        ? 'The GraphQL document is nested too deeply.'
        : `The GraphQL document does not parse: ${(error as Error).message}`,
    )
  }
  const spreads = new Map<string, string[]>()
  const fieldCounts = new Map<string, number>()
  const operations: string[] = []
  document.definitions.forEach((definition, index) => {
    if (
      definition.kind !== Kind.FRAGMENT_DEFINITION &&
      definition.kind !== Kind.OPERATION_DEFINITION
    ) {
      return
    }
    // Operations are measured like fragments, under a name no fragment can have.
    const name =
      definition.kind === Kind.FRAGMENT_DEFINITION
        ? definition.name.value
        : `operation ${index + 1}`
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      operations.push(name)
    }
    const names: string[] = []
    let fields = 0
    const pending = [...definition.selectionSet.selections]
    while (pending.length) {
      const selection = pending.pop()!
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        names.push(selection.name.value)
        continue
      }
      if (selection.kind === Kind.FIELD) {
        fields++
      }
      if (selection.selectionSet) {
        pending.push(...selection.selectionSet.selections)
      }
    }
    spreads.set(name, names)
    fieldCounts.set(name, fields)
  })
  const cycle = fragmentCycle(spreads)
  if (cycle) {
    throw refuse(`Fragment "${cycle}" spreads itself; GraphQL fragments may not form cycles.`)
  }
  // Fragments that spread others twice over double at each level: a few hundred tokens can
  // stand for millions of fields, and Payload's complexity rule expands every one of them.
  const expanded = new Map<string, number>()
  const sizeOf = (name: string): number => {
    if (!expanded.has(name)) {
      expanded.set(name, 0)
      const own = fieldCounts.get(name) ?? 0
      const total = (spreads.get(name) ?? []).reduce((sum, spread) => sum + sizeOf(spread), own)
      expanded.set(name, Math.min(total, Number.MAX_SAFE_INTEGER))
    }
    return expanded.get(name)!
  }
  for (const name of spreads.keys()) {
    if (sizeOf(name) > maxExpandedFields) {
      const what = operations.includes(name) ? `The ${name}` : `Fragment "${name}"`
      throw refuse(
        `${what} expands to more than ${maxExpandedFields} fields; request less at once.`,
      )
    }
  }
}
