import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ReadableStream as WebStream } from 'node:stream/web'
import type { Payload } from 'payload'

import { Readable } from 'node:stream'

import type { CachedAnswer } from './responseCache.js'

import { withClientPhotoRobots } from '../clientPhotoRobots.js'
import { conditionalHeaders } from './cacheKey.js'

import { answerGraphQL } from './graphQLAnswer.js'
import { responseCacheOf } from './responseCache.js'
import { requestUrl } from '../requestUrl.js'

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
 * The request's URL (see `requestUrl`), or null for a missing or malformed `Host`: such a
 * request is never answered from the cache nor stored in it.
 */
const urlOf = (req: NodeRequest): null | URL => {
  const encrypted = (req.socket as { encrypted?: boolean } | undefined)?.encrypted
  const protocol = req.protocol ?? (encrypted ? 'https' : 'http')
  const host = req.headers.host
  return requestUrl(
    protocol,
    Array.isArray(host) ? host[0] : host,
    req.originalUrl ?? req.url ?? '/',
  )
}

/**
 * The answer to a request with a missing or malformed `Host` header.
 */
export const badHost = () =>
  Response.json(
    { errors: [{ message: 'The Host header is missing or malformed.' }] },
    { status: 400 },
  )

const headerReader = (req: NodeRequest) => ({
  all: () => req.headers,
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
    if (value === undefined || conditionalHeaders.has(name) || name === 'content-length') {
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
  const { body } = answer
  if (body instanceof ReadableStream) {
    // Too large to keep: passed on as it comes (a client gone away ends the reading too).
    const stream = Readable.fromWeb(body as WebStream<Uint8Array>)
    stream.on('error', () => res.destroy())
    stream.pipe(res)
    return
  }
  res.end(body ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : undefined)
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
    const url = urlOf(req)
    if (!cache || !url || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next()
      return
    }
    cache
      .lookup({ headers: headerReader(req), head: req.method === 'HEAD', url })
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
    const url = urlOf(req)
    if (!cache || !url || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next()
      return
    }
    const compute = withClientPhotoRobots(handler, payload)
    cache
      .answer({ headers: headerReader(req), head: req.method === 'HEAD', url }, () =>
        compute(fetchRequest(url, req, { method: 'GET' })),
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
      cache = true,
      check,
      send = sendAsIs,
    }: NodeCacheOptions & { body: (req: NodeRequest, res: ServerResponse) => Buffer | undefined },
  ) =>
  async (req: NodeRequest, res: ServerResponse, next: Next) => {
    try {
      const url = urlOf(req)
      if (!url) {
        await send(req, res, badHost())
        return
      }
      const outcome = await answerGraphQL(
        payload,
        {
          body: req.method === 'GET' || req.method === 'HEAD' ? undefined : readBody(req, res),
          headers: headerReader(req),
          method: req.method ?? 'GET',
          toFetch: (endpoint, body) =>
            body === undefined
              ? fetchRequest(endpoint, req, { method: 'GET' })
              : fetchRequest(endpoint, req, { body, method: 'POST' }),
          url,
        },
        handler,
        { cache, check },
      )
      if ('answer' in outcome) {
        writeAnswer(res, outcome.answer)
        return
      }
      res.setHeader('x-cache', 'BYPASS')
      await send(req, res, outcome.response)
    } catch (error) {
      next(error)
    }
  }
