import type { NextFunction, Request, Response } from 'express'

import { randomUUID } from 'node:crypto'

const acceptable = /^[\w.:-]{1,100}$/

/**
 * Gives every request an id (a proxy's `X-Request-Id` when it sent a sane one) that Payload sees
 * in the request headers, the response carries, and every error log line names, so a 500 a user
 * reports can be found in the log.
 */
export const assignRequestId = (req: Request, res: Response, next: NextFunction): void => {
  const incoming = req.headers['x-request-id']
  const id = typeof incoming === 'string' && acceptable.test(incoming) ? incoming : randomUUID()
  req.headers['x-request-id'] = id
  res.setHeader('x-request-id', id)
  next()
}
