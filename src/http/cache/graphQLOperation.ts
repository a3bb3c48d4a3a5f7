import { Kind, parse } from 'graphql'

type Operation = 'mutation' | 'query' | 'subscription'

/**
 * The operation each document runs, by its text and operation name, so a document is parsed once.
 * Only the answer is kept (a parsed document can take a hundred times its text), for at most
 * `maxKept` documents of at most `maxKeptChars` characters.
 */
const known = new Map<string, null | Operation>()
const maxKept = 1000
const maxKeptChars = 16 * 1024

/**
 * What a GraphQL request runs: the operation it names, or its only one. Undefined when the
 * document does not parse or names no operation it holds (Payload answers it with its error).
 * Ask only after the server's checks of the document (its size and depth).
 */
export const operationOf = ({
  operationName,
  query,
}: {
  operationName?: string
  query: string
}): Operation | undefined => {
  const key = `${operationName ?? ''}\n${query}`
  let operation = known.get(key)
  if (operation === undefined) {
    operation = null
    try {
      const operations = parse(query, { noLocation: true }).definitions.filter(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION,
      )
      const named = operationName
        ? operations.find((definition) => definition.name?.value === operationName)
        : operations.length === 1
          ? operations[0]
          : undefined
      operation = named?.operation ?? null
    } catch {
      // Does not parse: not for the cache.
    }
    if (query.length <= maxKeptChars) {
      if (known.size >= maxKept) {
        known.delete(known.keys().next().value!)
      }
      known.set(key, operation)
    }
  }
  return operation ?? undefined
}

/**
 * Whether a GraphQL request runs a query: only a query is for the cache.
 */
export const isQuery = (request: { operationName?: string; query: string }) =>
  operationOf(request) === 'query'
