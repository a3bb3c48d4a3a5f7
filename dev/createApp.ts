import type { Payload } from 'payload'

import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { handleEndpoints } from 'payload'

import {
  graphQLCacheHandler,
  restCacheHits,
  restCacheMiddleware,
  validHost,
  withDatabaseOutages,
  withHttpCaching,
} from '../src/index.js'

import { answerErrors, answerNotFound } from './http/answerErrors.js'
import { allowConfiguredOrigins } from './http/cors.js'
import { type BodyLimits, guardApiRequest, guardGraphQLRequest } from './http/guardApiRequest.js'
import { checkGraphQLBody } from './http/checkGraphQLBody.js'
import { HttpProblem } from './http/problem.js'
import { assignRequestId } from './http/requestId.js'
import { retryWhenBusy } from './http/retryWhenBusy.js'
import { sendFetchResponse, toFetchRequest } from './payloadHandlers.js'

export type AppOptions = {
  /**
   * Request body limits (413 beyond them).
   */
  bodyLimits?: BodyLimits
  /**
   * Handlers mounted after the API, before the final error handler (the admin panel).
   */
  fallthrough?: ((req: Request, res: Response, next: NextFunction) => void)[]
  /**
   * Answer anonymous reads from the plugin's response cache (when its option is on). The bench
   * serves the same Payload without it too, to measure uncached reads.
   * @default true
   */
  responseCache?: boolean
}

/**
 * A GraphQL request refused before it ran (a syntax or validation error, a cost limit) carries
 * errors and no `data`; graphql-http answers it 200 for `application/json` clients. It is the
 * client's mistake, so the server says so with 400, as the GraphQL over HTTP spec does for its
 * own media type.
 */
const refusedAs400 = async (response: globalThis.Response): Promise<globalThis.Response> => {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) {
    return response
  }
  const text = await response.text()
  let refused = false
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] }
    refused = !('data' in body) && Array.isArray(body.errors) && body.errors.length > 0
  } catch {
    // Not JSON after all: passed on as it came.
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(text, { headers, status: refused ? 400 : 200 })
}

/**
 * An express app that serves Payload's REST API under `routes.api` (default `/api`) and GraphQL
 * at `routes.api` + `routes.graphQL`, through Payload's own request handlers, behind guards that
 * turn client mistakes into 4xx answers and a final handler that answers server faults in JSON
 * with a request id. Anonymous REST reads are cached as the plugin's `withHttpCaching` says.
 */
export const createApp = (payload: Payload, options: AppOptions = {}): Express => {
  const { config } = payload
  const api = config.routes.api
  const graphQL = `${api}${config.routes.graphQL}`
  const graphQLPost = GRAPHQL_POST(Promise.resolve(config))
  const playground = GRAPHQL_PLAYGROUND_GET(Promise.resolve(config))
  const app = express()
  app.disable('x-powered-by')
  app.use(assignRequestId)
  // The peer's address, for per-IP limits and the e-signature's evidence, on every API path
  // (REST, GraphQL and its cache alike): taken from the socket, replacing whatever a client sent
  // under that name. This server is not behind a proxy; one that is sets it from the proxy's.
  app.use(api, (req, _res, next) => {
    req.headers['x-real-ip'] = req.socket.remoteAddress ?? ''
    delete req.headers['x-forwarded-for']
    next()
  })
  // A forged or broken `Host` (a path in it, a bad port) cannot name a clinic, a cache entry or
  // a URL: refused before anything reads it.
  app.use(api, (req, res, next) => {
    if (!validHost(req.headers.host)) {
      res.status(400).json({ errors: [{ message: 'The Host header is missing or malformed.' }] })
      return
    }
    next()
  })
  app.use(api, allowConfiguredOrigins(payload))

  const bridge =
    (handler: (request: globalThis.Request) => Promise<globalThis.Response>) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        // Only a body read in full (every write's) can be sent again.
        const response = await retryWhenBusy(
          () => handler(toFetchRequest(req, res.locals.body)),
          Buffer.isBuffer(res.locals.body) ? 3 : 0,
        )
        await sendFetchResponse(req, res, response)
      } catch (error) {
        next(error)
      }
    }

  // GraphQL by POST, and queries by GET (with their text, or a persisted query's hash): an
  // anonymous query is answered from the response cache.
  const graphQLHandler = graphQLCacheHandler(
    payload,
    withDatabaseOutages(async (request) => refusedAs400(await graphQLPost(request))),
    {
      body: (req, res) => (res as Response).locals.body as Buffer | undefined,
      cache: options.responseCache !== false,
      // A query by GET, or a persisted one, gets the checks a POST body gets.
      check: checkGraphQLBody,
      send: (req, res, response) => sendFetchResponse(req as Request, res as Response, response),
    },
  )
  app.post(graphQL, guardGraphQLRequest(options.bodyLimits), graphQLHandler)
  app.get(graphQL, graphQLHandler)
  app.options(
    graphQL,
    bridge((request) => handleEndpoints({ config, request })),
  )
  app.all(graphQL, (req, res, next) =>
    next(
      new HttpProblem(405, 'GraphQL takes GET (queries) and POST requests.', {
        allow: 'GET, HEAD, OPTIONS, POST',
      }),
    ),
  )
  if (process.env.NODE_ENV !== 'production') {
    app.get(`${api}${config.routes.graphQLPlayground}`, bridge(playground))
  }
  app.use(
    api,
    // A stored answer is sent before the checks below: it was stored for a request that passed
    // them, and the same key is the same request.
    options.responseCache === false
      ? (req: Request, res: Response, next: NextFunction) => next()
      : restCacheHits(payload),
    guardApiRequest(config, options.bodyLimits),
    // Anonymous reads from the response cache, answered before the bridge; the rest go on.
    options.responseCache === false
      ? (req: Request, res: Response, next: NextFunction) => next()
      : restCacheMiddleware(
          payload,
          withDatabaseOutages((request) => handleEndpoints({ config, request })),
        ),
    bridge(
      withDatabaseOutages(
        withHttpCaching((request) => handleEndpoints({ config, request }), payload),
      ),
    ),
  )
  for (const handler of options.fallthrough ?? [answerNotFound]) {
    app.use(handler)
  }
  app.use(answerErrors)
  return app
}
