import type { CollectionBeforeOperationHook, Payload } from 'payload'

import { databaseHealth } from './databaseHealth.js'
import { DatabaseUnavailableError, outageHeader } from './databaseUnavailable.js'

const contextKey = 'smpClinicSessionLostToOutage'

/**
 * Whether a request carries credentials Payload's own strategies read: a token or API key in
 * `Authorization` (`JWT`, `Bearer`, `<collection> API-Key`; not, say, a proxy's `Basic`), or
 * Payload's session cookie (`<cookiePrefix>-token`). A visitor's other cookies do not count.
 */
const carriesCredentials = (headers: Headers, cookiePrefix: string) => {
  const authorization = headers.get('authorization') ?? ''
  if (/^(JWT|Bearer) \S/i.test(authorization) || / API-Key \S/.test(authorization)) {
    return true
  }
  const tokenCookie = `${cookiePrefix}-token=`
  return (headers.get('cookie') ?? '')
    .split(';')
    .some((pair) => pair.trim().startsWith(tokenCookie))
}

/**
 * Payload's auth strategies look the user up in the database and, when that fails, carry on
 * with no user: while the database is away a signed-in editor is treated as a visitor (a 403,
 * `/api/users/me` answering "nobody"), as if signed out. Payload runs the strategies in turn
 * until one finds the user, so the last one is wrapped: a request with credentials that none of
 * them placed is looked at again. When the database does not answer a check begun after the
 * lookups, the request is marked (the plugin's collections answer it 503, and
 * `withDatabaseOutages` turns any other answer to it into a 503); when it does, the strategies
 * are run once more, since a lookup may have failed in an outage that ended in between. A
 * request that finds its user costs nothing extra.
 */
export const reportSessionsLostToOutages = (payload: Payload): void => {
  const health = databaseHealth(payload)
  const strategies = payload.authStrategies ?? []
  const last = strategies.at(-1)
  if (!last) {
    return
  }
  type Args = Parameters<typeof last.authenticate>[0]
  const runAll = async (args: Args) => {
    let result: Awaited<ReturnType<typeof last.authenticate>> = { user: null }
    for (const strategy of strategies) {
      result = await strategy.authenticate(args)
      if (result.user) {
        break
      }
    }
    return result
  }
  payload.authStrategies = [
    ...strategies.slice(0, -1),
    {
      ...last,
      authenticate: async (args) => {
        let result = await last.authenticate(args)
        if (
          result.user ||
          !carriesCredentials(args.headers, args.payload.config.cookiePrefix ?? 'payload')
        ) {
          return result
        }
        if (await health.answersNow()) {
          result = await runAll(args)
          if (result.user || (await health.answersNow())) {
            // Found, or not found with the database answering: not signed in.
            return result
          }
        }
        const req = (args as { req?: { context?: Record<string, unknown> } }).req
        if (req?.context) {
          req.context[contextKey] = true
        }
        const responseHeaders = new Headers(result.responseHeaders)
        responseHeaders.set(outageHeader, '1')
        responseHeaders.set('Retry-After', '1')
        return { ...result, responseHeaders }
      },
    },
  ]
}

/**
 * Refuses, with a 503, an operation whose reader's session could not be looked up because the
 * database is away: answered as a visitor, it would be refused (403) or shown only public
 * content as if signed out.
 */
export const refuseLostSessions: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.context?.[contextKey]) {
    throw new DatabaseUnavailableError('the session could not be looked up')
  }
  return args
}
