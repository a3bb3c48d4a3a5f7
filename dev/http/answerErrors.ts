import type { NextFunction, Request, Response } from 'express'

import { HttpProblem, sendProblem } from './problem.js'

/**
 * Writes one JSON log line for a server fault, carrying the request id the client was given.
 */
export const logServerFault = (req: Request, detail: unknown): void => {
  const error = detail instanceof Error ? detail : undefined
  process.stderr.write(
    `${JSON.stringify({
      level: 50,
      method: req.method,
      msg: error ? error.message : String(detail),
      requestId: req.headers['x-request-id'],
      stack: error?.stack,
      time: Date.now(),
      url: req.originalUrl,
    })}\n`,
  )
}

/**
 * The last express handler: a client mistake found by the guards answers its 4xx; anything else
 * is a server fault, logged with its request id and answered 500 in JSON with that id and no
 * stack trace.
 */
export const answerErrors = (
  error: unknown,
  req: Request,
  res: Response,
  // Express tells error handlers from middleware by their four parameters.
  _next: NextFunction,
): void => {
  if (error instanceof HttpProblem) {
    sendProblem(res, error.status, error.message, error.headers, error.path)
    return
  }
  logServerFault(req, error)
  sendProblem(res, 500, 'Something went wrong.')
}

/**
 * Paths outside the API that nothing else served: JSON, like every other answer of the server.
 */
export const answerNotFound = (req: Request, res: Response): void => {
  sendProblem(res, 404, `Route not found "${req.path}".`)
}
