import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

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

type NodeRequest = IncomingMessage & { originalUrl?: string; protocol?: string }
type Next = (error?: unknown) => void
type FetchHandler = (request: Request) => Promise<Response>

export type NodeCacheOptions = {
  /**
   * Checks the GraphQL request a server will run once its query is known (sent as text, or
   * resolved from a persisted query's hash), throwing to refuse it: the server's own error handler
   * answers. Runs before anything is computed or stored; a stored answer is sent without it (it
   * was stored for a query that passed). A `POST` body that is no GraphQL request is given to it
   * as it was parsed.
   */
  check?: (request: unknown) => void
  /**
   * Whether to answer from the response cache; `false` still serves GraphQL `GET`s and persisted
   * queries, uncached.
   * @default true
   */
  cache?: boolean
  /**
   * Sends an answer the cache did not take (a bypass) as the server sends Payload's answers.
   * @default writes the response as it is
   */
  send?: (req: NodeRequest, res: ServerResponse, response: Response) => Promise<void>
}

/**
 * Headers a computation must not see: it computes the whole answer, once, for every reader of
 * its key, and the cache answers conditional requests itself.
 */
const conditional = new Set(['if-match', 'if-modified-since', 'if-none-match', 'if-range', 'range'])

const urlOf = (req: NodeRequest) => {
  const encrypted = (req.socket as { encrypted?: boolean } | undefined)?.encrypted
  const protocol = req.protocol ?? (encrypted ? 'https' : 'http')
  return new URL(
    req.originalUrl ?? req.url ?? '/',
    `${protocol}://${req.headers.host ?? 'localhost'}`,
  )
}

const headerReader = (req: NodeRequest) => ({
  get: (name: string) => {
    const value = req.headers[name.toLowerCase()]
    return Array.isArray(value) ? value.join(', ') : (value ?? null)
  },
})

const fetchRequest = (
  url: URL,
  req: NodeRequest,
  { body, method }: { body?: string; method: 'GET' | 'POST' },
) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || conditional.has(name) || name === 'content-length') {
      continue
    }
    ;(Array.isArray(value) ? value : [value]).forEach((item) => headers.append(name, item))
  }
  if (body !== undefined) {
    headers.set('content-type', 'application/json')
  }
  return new Request(url, { body, headers, method })
}

const writeAnswer = (res: ServerResponse, answer: CachedAnswer) => {
  res.writeHead(answer.status, { ...answer.headers, 'x-cache': answer.cache })
  res.end(
    answer.body
      ? Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength)
      : undefined,
  )
}

const sendAsIs = async (_req: NodeRequest, res: ServerResponse, response: Response) => {
  const body = Buffer.from(await response.arrayBuffer())
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-length') {
      res.setHeader(name, value)
    }
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) {
    res.setHeader('set-cookie', cookies)
  }
  res.statusCode = response.status
  res.end(body)
}

/**
 * Express (or plain Node) middleware that answers anonymous REST `GET`s and `HEAD`s already in
 * the response cache, and passes every other request on untouched: mount it before the server's
 * own checks of a request, so a hit costs a lookup and nothing else (an answer is stored only
 * for a request that passed them). `restCacheMiddleware`, after the checks, computes the misses.
 */
export const restCacheHits =
  (payload: Payload) => (req: NodeRequest, res: ServerResponse, next: Next) => {
    const cache = responseCacheOf(payload)
    if (!cache || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next()
      return
    }
    cache
      .lookup({ headers: headerReader(req), head: req.method === 'HEAD', url: urlOf(req) })
      .then((answer) => {
        if (answer && answer !== 'bypass') {
          writeAnswer(res, answer)
          return
        }
        next()
      })
      .catch(next)
  }

/**
 * Express (or plain Node) middleware for Payload's REST API that answers anonymous `GET`s and
 * `HEAD`s (documents, lists, counts, image files) from the response cache, computing a miss with
 * `handler` (Payload's `handleEndpoints`, with no HTTP caching of its own: the cache sets
 * `Cache-Control` and `ETag` itself). Every other request goes on to `next` with
 * `X-Cache: BYPASS`, as does any read while the cache cannot be trusted (its shared store away).
 * Answering before the bridge to Payload's Fetch handlers is what makes a hit cheap.
 */
export const restCacheMiddleware =
  (payload: Payload, handler: FetchHandler) =>
  (req: NodeRequest, res: ServerResponse, next: Next) => {
    const cache = responseCacheOf(payload)
    if (!cache || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next()
      return
    }
    const url = urlOf(req)
    cache
      .answer({ headers: headerReader(req), head: req.method === 'HEAD', url }, () =>
        handler(fetchRequest(url, req, { method: 'GET' })),
      )
      .then((answer) => {
        if (!answer) {
          res.setHeader('x-cache', 'BYPASS')
          next()
          return
        }
        writeAnswer(res, answer)
      })
      .catch(next)
  }

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
 * The GraphQL endpoint, for `POST` and `GET`: a query from an anonymous reader is answered from
 * the response cache (by `GET`, a CDN can keep it too); persisted queries (Apollo's Automatic
 * Persisted Queries) are resolved for everyone. `handler` is Payload's GraphQL `POST` handler;
 * `body` gives the `POST` body the server has already read.
 */
export const graphQLCacheHandler =
  (
    payload: Payload,
    handler: FetchHandler,
    {
      body: readBody,
      cache: useCache = true,
      check,
      send = sendAsIs,
    }: NodeCacheOptions & { body: (req: NodeRequest, res: ServerResponse) => Buffer | undefined },
  ) =>
  async (req: NodeRequest, res: ServerResponse, next: Next) => {
    try {
      const url = urlOf(req)
      const get = req.method === 'GET' || req.method === 'HEAD'
      const raw = get ? undefined : readBody(req, res)
      let params: GraphQLParams | undefined
      let parsed: unknown
      if (get) {
        params = paramsOfSearch(url.searchParams)
      } else {
        try {
          parsed = JSON.parse(raw?.toString('utf8') ?? '') as unknown
          params =
            parsed && typeof parsed === 'object' && !Array.isArray(parsed)
              ? (parsed as GraphQLParams)
              : undefined
        } catch {
          params = undefined
        }
      }
      const cache = useCache ? responseCacheOf(payload) : undefined
      const endpoint = new URL(url.pathname, url)
      // A stored answer first, before the checks: it was stored for a query that passed them. A
      // persisted query's text is remembered under its hash first, below.
      if (
        cache &&
        params &&
        typeof params.query === 'string' &&
        (params.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery ===
          undefined
      ) {
        const graphQL = {
          operationName:
            typeof params.operationName === 'string' && params.operationName
              ? params.operationName
              : undefined,
          query: params.query,
          variables: params.variables ?? undefined,
        }
        const hit = await cache.lookup({
          graphQL,
          headers: headerReader(req),
          head: req.method === 'HEAD',
          url: endpoint,
        })
        if (hit && hit !== 'bypass') {
          writeAnswer(res, hit)
          return
        }
      }
      const passOn = async (response: Response) => {
        res.setHeader('x-cache', 'BYPASS')
        await send(req, res, response)
      }
      const resolved = params ? await resolveGraphQL(params, persistedOf(payload)) : undefined
      if (!resolved) {
        // Not a request the cache understands (a batch, a body that is not JSON): checked, then
        // Payload answers a POST as it is; a GET needs a query.
        if (!get) {
          check?.(parsed as never)
        }
        await passOn(
          get
            ? problem(400, 'A GraphQL GET request needs `query`, or a persisted query’s hash.')
            : await handler(
                new Request(url, {
                  body: raw === undefined ? undefined : new Uint8Array(raw),
                  headers: fetchRequest(url, req, { method: 'GET' }).headers,
                  method: 'POST',
                }),
              ),
        )
        return
      }
      if ('error' in resolved) {
        await passOn(persistedQueryError(resolved.error))
        return
      }
      const graphQL = resolved.request
      check?.(graphQL)
      const operation = operationOf(graphQL)
      if (get && (operation === 'mutation' || operation === 'subscription')) {
        await passOn(
          problem(405, 'A GraphQL GET request runs a query; send anything else by POST.', {
            allow: 'GET, POST',
          }),
        )
        return
      }
      const compute = () =>
        handler(fetchRequest(endpoint, req, { body: JSON.stringify(graphQL), method: 'POST' }))
      const answer = await cache?.answer(
        { graphQL, headers: headerReader(req), head: req.method === 'HEAD', url: endpoint },
        compute,
      )
      if (!answer) {
        await passOn(await compute())
        return
      }
      writeAnswer(res, answer)
    } catch (error) {
      next(error)
    }
  }
