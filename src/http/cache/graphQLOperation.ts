import { type DocumentNode, Kind, parse } from 'graphql'

/**
 * Parsed query documents by their text, so a hit does not parse again: at most `maxParsed`, each
 * of at most `maxKeptChars` (a larger one is parsed each time, as Payload parses it anyway).
 */
const parsed = new Map<string, DocumentNode | null>()
const maxParsed = 500
const maxKeptChars = 16 * 1024

const documentOf = (query: string): DocumentNode | null => {
  let document = parsed.get(query)
  if (document === undefined) {
    try {
      document = parse(query, { noLocation: true })
    } catch {
      document = null
    }
    if (query.length <= maxKeptChars) {
      if (parsed.size >= maxParsed) {
        parsed.delete(parsed.keys().next().value!)
      }
      parsed.set(query, document)
    }
  }
  return document
}

/**
 * What a GraphQL request runs: the operation it names, or its only one. Undefined when the
 * document does not parse or names no operation it holds (Payload answers it with its error).
 */
export const operationOf = ({
  operationName,
  query,
}: {
  operationName?: string
  query: string
}): 'mutation' | 'query' | 'subscription' | undefined => {
  const document = documentOf(query)
  if (!document) {
    return undefined
  }
  const operations = document.definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  )
  const operation = operationName
    ? operations.find((definition) => definition.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined
  return operation?.operation
}

/**
 * Whether a GraphQL request runs a query: only a query is for the cache.
 */
export const isQuery = (request: { operationName?: string; query: string }) =>
  operationOf(request) === 'query'
