import type { Response } from 'express'

/**
 * A client mistake found before Payload runs, answered in Payload's own error shape.
 */
export class HttpProblem extends Error {
  readonly headers: Record<string, string>
  /**
   * The field the problem is in, when there is one.
   */
  readonly path?: string
  readonly status: number

  constructor(
    status: number,
    message: string,
    headers: Record<string, string> = {},
    path?: string,
  ) {
    super(message)
    this.status = status
    this.headers = headers
    this.path = path
  }
}

/**
 * Sends `{ errors: [{ message }] }`, the shape of every Payload error (with `data.errors` naming
 * the field, as Payload's validation errors do, when there is one), and the request id that the
 * log line of the same request carries.
 */
export const sendProblem = (
  res: Response,
  status: number,
  message: string,
  headers: Record<string, string> = {},
  path?: string,
): void => {
  if (res.headersSent) {
    res.destroy()
    return
  }
  // An error is never worth keeping in a cache.
  res.setHeader('cache-control', 'no-store')
  for (const [name, value] of Object.entries(headers)) {
    res.setHeader(name, value)
  }
  const data = path ? { errors: [{ message, path }] } : undefined
  res
    .status(status)
    .json({ errors: [{ data, message, requestId: res.getHeader('x-request-id') ?? undefined }] })
}
