import {
  DatabaseUnavailableError,
  isDatabaseUnavailable,
  outageHeader,
} from './databaseUnavailable.js'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

const unavailable = (body: BodyInit | null, headers: Headers) => {
  headers.delete(outageHeader)
  headers.delete('content-length')
  headers.set('retry-after', '1')
  headers.set('cache-control', 'no-store')
  return new Response(body, { headers, status: 503 })
}

/**
 * Wraps one of Payload's request handlers (REST or GraphQL, Next.js's route handlers or the
 * `handleEndpoints` an express app calls) so a request that failed because the database is away
 * is answered 503 with `Retry-After`, never 500:
 *
 * - GraphQL answers 200 whatever its errors; the plugin marks the errors a database outage
 *   caused, and such a response becomes a 503 (its body kept);
 * - a handler that throws because the database is away (Payload reads the user of a token
 *   before its GraphQL handler catches anything) answers 503 instead of failing.
 *
 * REST errors need no wrapper: the plugin's `afterError` hook answers them 503 already.
 *
 * @example
 * // app/(payload)/api/graphql/route.ts
 * export const POST = withDatabaseOutages(GRAPHQL_POST(config))
 */
export const withDatabaseOutages =
  <Rest extends unknown[]>(handler: Handler<Rest>): Handler<Rest> =>
  async (request, ...rest) => {
    let response: Response
    try {
      response = await handler(request, ...rest)
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        throw error
      }
      return unavailable(
        JSON.stringify({ errors: [{ message: new DatabaseUnavailableError().message }] }),
        new Headers({ 'content-type': 'application/json' }),
      )
    }
    if (!response.headers.has(outageHeader)) {
      return response
    }
    return unavailable(response.body, new Headers(response.headers))
  }
