import type { SanitizedConfig } from 'payload'

import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import { handleEndpoints } from 'payload'

import { sendFetchResponse, toFetchRequest } from './payloadHandlers.js'

/**
 * An express app that serves Payload's REST API under `routes.api` (default `/api`) and GraphQL
 * at `routes.api` + `routes.graphQL`, through Payload's own request handlers.
 */
export const createApp = (config: SanitizedConfig): Express => {
  const api = config.routes.api
  const graphQL = `${api}${config.routes.graphQL}`
  const graphQLPost = GRAPHQL_POST(Promise.resolve(config))
  const playground = GRAPHQL_PLAYGROUND_GET(Promise.resolve(config))
  const app = express()
  app.disable('x-powered-by')

  const bridge =
    (handler: (request: globalThis.Request) => Promise<globalThis.Response>) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        await sendFetchResponse(res, await handler(toFetchRequest(req)))
      } catch (error) {
        next(error)
      }
    }

  app.post(graphQL, bridge(graphQLPost))
  app.options(
    graphQL,
    bridge((request) => handleEndpoints({ config, request })),
  )
  if (process.env.NODE_ENV !== 'production') {
    app.get(`${api}${config.routes.graphQLPlayground}`, bridge(playground))
  }
  app.use(
    api,
    bridge((request) => handleEndpoints({ config, request })),
  )
  return app
}
