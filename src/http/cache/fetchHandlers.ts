import type { Payload } from 'payload'

import type { CachedAnswer } from './responseCache.js'

import { withClientPhotoRobots } from '../clientPhotoRobots.js'
import { withHttpCaching } from '../withHttpCaching.js'
import { conditionalHeaders } from './cacheKey.js'
import { answerGraphQL, type GraphQLOptions } from './graphQLAnswer.js'
import { responseCacheOf } from './responseCache.js'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

const computeRequest = (request: Request, url: URL, body?: string) => {
  const headers = new Headers(request.headers)
  conditionalHeaders.forEach((name) => headers.delete(name))
  headers.delete('content-length')
  if (body !== undefined) {
    headers.set('content-type', 'application/json')
  }
  return new Request(url, { body, headers, method: body === undefined ? 'GET' : 'POST' })
}

const toResponse = ({ body, cache, headers, status }: CachedAnswer) =>
  new Response(body instanceof ReadableStream ? body : body ? new Uint8Array(body) : null, {
    headers: { ...headers, 'x-cache': cache },
    status,
  })

const bypassed = (response: Response) => {
  const headers = new Headers(response.headers)
  headers.set('x-cache', 'BYPASS')
  return new Response(response.body, { headers, status: response.status })
}

/**
 * The response cache for a Fetch API handler of Payload's REST API (Next.js's `REST_GET`):
 * anonymous `GET`s and `HEAD`s are answered from memory, the rest as `withHttpCaching` answers
 * them.
 *
 * @example
 * // app/(payload)/api/[...slug]/route.ts
 * export const GET = withResponseCache(REST_GET(config), getPayload({ config }))
 */
export const withResponseCache =
  <Rest extends unknown[]>(
    handler: Handler<Rest>,
    payload: Payload | Promise<Payload>,
  ): Handler<Rest> =>
  async (request, ...rest) => {
    const instance = await payload
    const cache = responseCacheOf(instance)
    const uncached = withHttpCaching(handler, instance)
    if (!cache || !['GET', 'HEAD'].includes(request.method)) {
      return uncached(request, ...rest)
    }
    const url = new URL(request.url)
    const answer = await cache.answer(
      { headers: request.headers, head: request.method === 'HEAD', url },
      () => withClientPhotoRobots(handler, instance)(computeRequest(request, url), ...rest),
    )
    return answer ? toResponse(answer) : bypassed(await uncached(request, ...rest))
  }

/**
 * The response cache for a Fetch API handler of Payload's GraphQL endpoint (Next.js's
 * `GRAPHQL_POST`), serving `POST` and `GET` (queries by their text or a persisted query's hash).
 *
 * @example
 * // app/(payload)/api/graphql/route.ts
 * const graphQL = withGraphQLResponseCache(GRAPHQL_POST(config), getPayload({ config }))
 * export const GET = graphQL
 * export const POST = graphQL
 */
export const withGraphQLResponseCache =
  (
    handler: (request: Request) => Promise<Response>,
    payload: Payload | Promise<Payload>,
    options: GraphQLOptions = {},
  ) =>
  async (request: Request): Promise<Response> => {
    const instance = await payload
    const url = new URL(request.url)
    let outcome: Awaited<ReturnType<typeof answerGraphQL>>
    try {
      outcome = await answerGraphQL(
        instance,
        {
          body:
            request.method === 'GET' || request.method === 'HEAD'
              ? undefined
              : new Uint8Array(await request.arrayBuffer()),
          headers: request.headers,
          method: request.method,
          toFetch: (endpoint, body) => computeRequest(request, endpoint, body),
          url,
        },
        handler,
        options,
      )
    } catch (error) {
      // A request `check` refused: the client's mistake, with its status and message.
      const status = (error as { status?: unknown })?.status
      if (typeof status === 'number' && status >= 400 && status < 500) {
        return Response.json({ errors: [{ message: (error as Error).message }] }, { status })
      }
      throw error
    }
    return 'answer' in outcome ? toResponse(outcome.answer) : bypassed(outcome.response)
  }
