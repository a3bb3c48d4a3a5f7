import type { Payload } from 'payload'

import type { HeaderReader } from './cacheKey.js'
import type { CachedAnswer } from './responseCache.js'

import { operationOf } from './graphQLOperation.js'
import {
  type GraphQLParams,
  paramsOfSearch,
  persistedQueryError,
  resolveGraphQL,
} from './graphQLRequest.js'
import { persistedQueries, type PersistedQueries } from './persistedQueries.js'
import { responseCacheOf } from './responseCache.js'

type FetchHandler = (request: Request) => Promise<Response>

const persistedByPayload = new WeakMap<Payload, PersistedQueries>()

const persistedOf = (payload: Payload): PersistedQueries => {
  let found = persistedByPayload.get(payload)
  if (!found) {
    const settings = responseCacheOf(payload)?.settings
    found = persistedQueries(settings?.redis, settings?.redisKeyPrefix ?? 'smp-clinic:')
    persistedByPayload.set(payload, found)
  }
  return found
}

const problem = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message }] }), {
    headers: { 'content-type': 'application/json', ...headers },
    status,
  })

/**
 * A GraphQL request as any server holds it.
 */
export type GraphQLInput = {
  /** The `POST` body, as sent. */
  body?: Uint8Array
  headers: HeaderReader
  method: string
  /**
   * The request Payload's handler is given: a `POST` of `body` (a JSON text) to `endpoint`, with
   * the request's headers less its conditional ones; a `GET` when `body` is undefined.
   */
  toFetch: (endpoint: URL, body?: string) => Request
  url: URL
}

export type GraphQLOptions = {
  /** Answer from the response cache. @default true */
  cache?: boolean
  /**
   * Checks a request before anything runs it, throwing to refuse it (see `NodeCacheOptions`).
   */
  check?: (request: unknown) => void
}

/**
 * Answers a GraphQL request: from the cache (`answer`), or with a response computed uncached
 * (`response`, to send as the server sends Payload's answers, marked as a bypass).
 */
export const answerGraphQL = async (
  payload: Payload,
  { body: raw, headers, method, toFetch, url }: GraphQLInput,
  handler: FetchHandler,
  { cache: useCache = true, check }: GraphQLOptions = {},
): Promise<{ answer: CachedAnswer } | { response: Response }> => {
  const get = method === 'GET' || method === 'HEAD'
  let params: GraphQLParams | undefined
  let parsed: unknown
  if (get) {
    params = paramsOfSearch(url.searchParams)
  } else {
    try {
      parsed = JSON.parse(new TextDecoder().decode(raw ?? new Uint8Array())) as unknown
      params =
        parsed && typeof parsed === 'object' && !Array.isArray(parsed)
          ? (parsed as GraphQLParams)
          : undefined
    } catch {
      params = undefined
    }
  }
  const cache = useCache ? responseCacheOf(payload) : undefined
  // The endpoint keeps what Payload reads from the URL (`locale`, `fallback-locale`, `draft`…);
  // the GraphQL request itself travels in the body.
  const endpoint = new URL(url)
  for (const name of ['extensions', 'operationName', 'query', 'variables']) {
    endpoint.searchParams.delete(name)
  }
  const head = method === 'HEAD'
  // Answered without asking the cache: counted as the bypass its `X-Cache` says it is.
  const bypass = (response: Response) => {
    cache?.noteBypass()
    return { response }
  }
  // A stored answer first, before the checks: it was stored for a query that passed them. A
  // persisted query's text is remembered under its hash first, below.
  if (
    cache &&
    params &&
    typeof params.query === 'string' &&
    (params.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery === undefined
  ) {
    const hit = await cache.lookup({
      graphQL: {
        operationName:
          typeof params.operationName === 'string' && params.operationName
            ? params.operationName
            : undefined,
        query: params.query,
        variables: params.variables ?? undefined,
      },
      headers,
      head,
      url: endpoint,
    })
    if (hit && hit !== 'bypass') {
      return { answer: hit }
    }
  }
  const resolved = params ? await resolveGraphQL(params, persistedOf(payload)) : undefined
  if (!resolved) {
    // Not a request the cache understands (a batch, a body that is not JSON): checked, then
    // Payload answers a POST as it is; a GET needs a query.
    if (get) {
      return bypass(
        problem(400, 'A GraphQL GET request needs `query`, or a persisted query’s hash.'),
      )
    }
    check?.(parsed)
    const request = toFetch(endpoint)
    return bypass(
      await handler(
        new Request(endpoint, {
          body: raw === undefined ? undefined : new Uint8Array(raw),
          headers: request.headers,
          method: 'POST',
        }),
      ),
    )
  }
  if ('error' in resolved) {
    return bypass(persistedQueryError(resolved.error))
  }
  const graphQL = resolved.request
  check?.(graphQL)
  const operation = operationOf(graphQL)
  // Remembered only once it has passed the checks and parses: junk is never kept.
  if (resolved.persist && operation) {
    await persistedOf(payload).remember(resolved.persist.hash, resolved.persist.query)
  }
  if (get && (operation === 'mutation' || operation === 'subscription')) {
    return bypass(
      problem(405, 'A GraphQL GET request runs a query; send anything else by POST.', {
        allow: 'GET, POST',
      }),
    )
  }
  const compute = () => handler(toFetch(endpoint, JSON.stringify(graphQL)))
  const answer = await cache?.answer({ graphQL, headers, head, url: endpoint }, compute)
  return answer ? { answer } : { response: await compute() }
}
