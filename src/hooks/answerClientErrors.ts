import type { AfterErrorHook } from 'payload'

import { isBusyError, isClientValueError } from '../utilities/databaseErrors.js'

/**
 * The plugin's last word on a failed REST request: a value the client sent that the database
 * refused is a 400, not a 500; a database still locked by other writes is a 503 (retry); every 5xx carries the request's `X-Request-Id` (when the
 * server gives one) in the answer and in a log line, so a report can be matched to the log.
 */
export const answerClientErrors: AfterErrorHook = ({ error, req, result }) => {
  if (!result) {
    return
  }
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) {
    return
  }
  if (isBusyError(error)) {
    return {
      response: {
        errors: [{ message: 'The database is busy with other writes; retry in a moment.' }],
      },
      status: 503,
    }
  }
  if (isClientValueError(error)) {
    return {
      response: {
        errors: [{ message: 'A value in the request does not fit the field it is for.' }],
      },
      status: 400,
    }
  }
  const requestId = req.headers?.get('x-request-id') ?? undefined
  req.payload.logger.error(
    { method: req.method, requestId, url: req.url },
    `request failed: ${error.message}`,
  )
  return {
    response: { ...result, errors: result.errors.map((item) => ({ ...item, requestId })) },
    status,
  }
}
