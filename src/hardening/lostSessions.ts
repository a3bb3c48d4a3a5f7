import type { CollectionBeforeOperationHook, Payload } from 'payload'

import { databaseHealth } from './databaseHealth.js'
import { DatabaseUnavailableError, outageHeader } from './databaseUnavailable.js'

const contextKey = 'smpClinicSessionLostToOutage'

/**
 * Whether a request carries credentials Payload reads: a token or API key in `Authorization`,
 * or Payload's session cookie (`<cookiePrefix>-token`). A visitor's other cookies do not count.
 */
const carriesCredentials = (headers: Headers, tokenCookie: string) =>
  headers.has('authorization') ||
  (headers.get('cookie') ?? '').split(';').some((pair) => pair.trim().startsWith(tokenCookie))

/**
 * Payload's auth strategies look the user up in the database and, when that fails, carry on
 * with no user: while the database is away a signed-in editor is treated as a visitor (a 403,
 * `/api/users/me` answering "nobody"), as if signed out. Each strategy is wrapped so that a
 * request with credentials that found no user is looked at again: when the database does not
 * answer a check begun after the lookup, the request is marked (the plugin's collections answer
 * it 503, and `withDatabaseOutages` turns any other answer to it into a 503); when it does, the
 * lookup is tried once more, since it may have failed in an outage that ended in between.
 */
export const reportSessionsLostToOutages = (payload: Payload): void => {
  const health = databaseHealth(payload)
  payload.authStrategies = (payload.authStrategies ?? []).map((strategy) => ({
    ...strategy,
    authenticate: async (args) => {
      let result = await strategy.authenticate(args)
      const tokenCookie = `${args.payload.config.cookiePrefix ?? 'payload'}-token=`
      if (result.user || !carriesCredentials(args.headers, tokenCookie)) {
        return result
      }
      if (await health.answersNow()) {
        result = await strategy.authenticate(args)
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
  }))
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
