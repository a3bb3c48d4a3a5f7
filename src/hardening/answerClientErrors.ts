import type { AfterErrorHook, PayloadRequest } from 'payload'

import { databaseHealth } from './databaseHealth.js'
import { isDatabaseUnavailable, outageHeader } from './databaseUnavailable.js'
import { translate } from '../translations/translated.js'
import { CommitFailedError } from './reliableTransactions.js'
import { constraintStatus, isBusyError, isClientValueError } from './databaseErrors.js'

/**
 * Whether a request for one document failed because the document went away while it ran: two
 * deletes (or a delete and an update) of the same document at once. The later one finds it,
 * then removes or changes nothing, and Payload fails on the missing result. Its answer is the
 * one it would have had a moment later: not found.
 */
const lostRace = async ({
  collection,
  req,
}: Pick<Parameters<AfterErrorHook>[0], 'collection' | 'req'>): Promise<boolean> => {
  const id = (req.routeParams as { id?: unknown } | undefined)?.id
  if (!collection || (typeof id !== 'string' && typeof id !== 'number')) {
    return false
  }
  if (req.method !== 'DELETE' && req.method !== 'PATCH') {
    return false
  }
  // Read outside the request's (failed) transaction: what is stored now.
  const stored = await req.payload.db
    .findOne({ collection: collection.slug, where: { id: { equals: id } } })
    .catch(() => undefined)
  return stored === null
}

/**
 * Whether a failed request met a database that is away: the error says so, or (an error the
 * plugin does not recognise) the database does not answer a check made now. Either way readiness
 * learns of it.
 */
const databaseAway = async (error: Error, req: PayloadRequest): Promise<boolean> => {
  const health = databaseHealth(req.payload)
  if (isDatabaseUnavailable(error)) {
    health.reportFault(error)
    return true
  }
  return !isBusyError(error) && !(await health.databaseUp())
}

/**
 * Tells the client when to try again (merged into the error response by Payload).
 */
const retryAfter = (req: PayloadRequest) => {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', '1')
}

/**
 * Marks a GraphQL error met because the database is away: a 503 in its extensions, with the
 * reader's message, and `Retry-After` on the response. GraphQL answers 200 whatever its errors;
 * `withDatabaseOutages` turns such a response into a 503.
 */
const answerGraphQLError = async (
  error: Error,
  graphqlResult: NonNullable<Parameters<AfterErrorHook>[0]['graphqlResult']>,
  req: PayloadRequest,
) => {
  const original = (error as { originalError?: Error }).originalError ?? error
  const status = (original as { status?: number }).status ?? 500
  if (status < 500 || !(await databaseAway(original, req))) {
    return
  }
  retryAfter(req)
  req.responseHeaders!.set(outageHeader, '1')
  return {
    graphqlResult: {
      ...graphqlResult,
      extensions: { ...graphqlResult.extensions, statusCode: 503 },
      message: translate(req, 'requestDatabaseUnavailable'),
    },
  }
}

/**
 * The plugin's last word on a failed REST request: a value the client sent that the database
 * refused is a 400, not a 500; a database still locked by other writes is a 503 (retry); every 5xx carries the request's `X-Request-Id` (when the
 * server gives one) in the answer and in a log line, so a report can be matched to the log.
 */
export const answerClientErrors: AfterErrorHook = async ({
  collection,
  error,
  graphqlResult,
  req,
  result,
}) => {
  if (graphqlResult) {
    return answerGraphQLError(error, graphqlResult, req)
  }
  if (!result) {
    return
  }
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) {
    return
  }
  // Payload (3.90) fails with a database error when asked to delete a preference that does not
  // exist (its query names a table alias it never joined); there is simply nothing to delete.
  if (req.method === 'DELETE' && collection?.slug === 'payload-preferences') {
    return { response: { errors: [{ message: req.t('general:notFound') }] }, status: 404 }
  }
  const requestId = req.headers?.get('x-request-id') ?? undefined
  if (await databaseAway(error, req)) {
    retryAfter(req)
    return {
      response: {
        errors: [{ message: translate(req, 'requestDatabaseUnavailable'), requestId }],
      },
      status: 503,
    }
  }
  if (isBusyError(error)) {
    retryAfter(req)
    return {
      response: { errors: [{ message: translate(req, 'requestDatabaseBusy'), requestId }] },
      status: 503,
    }
  }
  const conflict = constraintStatus(error)
  if (conflict) {
    return {
      response: {
        errors: [
          {
            message: translate(
              req,
              conflict === 409 ? 'requestDuplicateValue' : 'requestMissingReference',
            ),
          },
        ],
      },
      status: conflict,
    }
  }
  if (isClientValueError(error)) {
    return {
      response: {
        errors: [{ message: translate(req, 'requestValueDoesNotFit') }],
      },
      status: 400,
    }
  }
  if (await lostRace({ collection, req })) {
    return { response: { errors: [{ message: req.t('general:notFound') }] }, status: 404 }
  }
  req.payload.logger.error(
    { method: req.method, requestId, url: req.url },
    `request failed: ${error.message}`,
  )
  // Raised where no request is in reach, so worded in English there and in the reader's here.
  const errors =
    error instanceof CommitFailedError
      ? [{ message: translate(req, 'requestCommitFailed', { error: error.reason }) }]
      : result.errors
  return {
    response: { ...result, errors: errors.map((item) => ({ ...item, requestId })) },
    status,
  }
}
