import type { PersistedQueries } from './persistedQueries.js'

/**
 * A GraphQL request as sent, by `POST` (JSON body) or `GET` (query parameters, with `variables`
 * and `extensions` as JSON).
 */
export type GraphQLParams = {
  extensions?: unknown
  operationName?: unknown
  query?: unknown
  variables?: unknown
}

export type ResolvedGraphQL =
  | { error: { message: string; status: number; code: string } }
  | {
      /** A persisted query sent with its text: to remember once it has passed the checks. */
      persist?: { hash: string; query: string }
      request: { operationName?: string; query: string; variables?: unknown }
    }

const persistedHash = (extensions: unknown): string | undefined => {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown; version?: unknown } })
    ?.persistedQuery
  return typeof persisted?.sha256Hash === 'string' && /^[0-9a-f]{64}$/i.test(persisted.sha256Hash)
    ? persisted.sha256Hash.toLowerCase()
    : undefined
}

/**
 * The query a request runs: its text, or the text a persisted query's hash stands for (Apollo's
 * Automatic Persisted Queries: a hash that is not known yet is answered `PersistedQueryNotFound`,
 * and the client sends the text with it). `undefined` when it is neither (Payload answers it).
 */
export const resolveGraphQL = async (
  params: GraphQLParams,
  persisted: PersistedQueries,
): Promise<ResolvedGraphQL | undefined> => {
  const hash = persistedHash(params.extensions)
  let query = typeof params.query === 'string' ? params.query : undefined
  if (hash && query !== undefined && !persisted.matches(hash, query)) {
    return {
      error: {
        code: 'PERSISTED_QUERY_HASH_MISMATCH',
        message: 'provided sha does not match query',
        status: 400,
      },
    }
  }
  if (hash && query === undefined) {
    query = await persisted.find(hash)
    if (query === undefined) {
      return {
        error: {
          code: 'PERSISTED_QUERY_NOT_FOUND',
          message: 'PersistedQueryNotFound',
          status: 200,
        },
      }
    }
  }
  if (query === undefined) {
    return undefined
  }
  return {
    persist: hash && typeof params.query === 'string' ? { hash, query: params.query } : undefined,
    request: {
      operationName:
        typeof params.operationName === 'string' && params.operationName
          ? params.operationName
          : undefined,
      query,
      variables: params.variables ?? undefined,
    },
  }
}

/**
 * The parameters of a `GET`: `variables` and `extensions` are JSON. A value that is not JSON is
 * left as text, for Payload to refuse.
 */
export const paramsOfSearch = (search: URLSearchParams): GraphQLParams => {
  const json = (name: string) => {
    const value = search.get(name)
    if (value === null || value === '') {
      return undefined
    }
    try {
      return JSON.parse(value) as unknown
    } catch {
      return value
    }
  }
  return {
    extensions: json('extensions'),
    operationName: search.get('operationName') ?? undefined,
    query: search.get('query') ?? undefined,
    variables: json('variables'),
  }
}

/**
 * The answer for a persisted query the server cannot run (unknown, or a hash that is not its
 * text's), in the shape Apollo's clients read.
 */
export const persistedQueryError = ({
  code,
  message,
  status,
}: {
  code: string
  message: string
  status: number
}) =>
  new Response(JSON.stringify({ errors: [{ extensions: { code }, message }] }), {
    headers: { 'cache-control': 'private, no-store', 'content-type': 'application/json' },
    status,
  })
