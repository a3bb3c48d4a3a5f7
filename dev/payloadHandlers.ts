import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import { Readable } from 'node:stream'

import { requestUrl } from '../src/index.js'
import { logServerFault } from './http/answerErrors.js'

/**
 * Express speaks Node streams and Payload's handlers speak the Fetch API; these two functions
 * are the whole bridge between them. No body parser runs: the body the guards read (kept in
 * `res.locals.body`) reaches Payload exactly as sent.
 */
export const toFetchRequest = (req: ExpressRequest, body?: Buffer): Request => {
  // The same URL the response cache keys by: host from `Host`, path from the request line.
  // (The server refuses a request with a malformed `Host` before it gets here.)
  const url =
    requestUrl(req.protocol, req.headers.host, req.originalUrl) ??
    new URL(req.originalUrl.startsWith('/') ? req.originalUrl : '/', `${req.protocol}://localhost`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) {
      value.forEach((item) => headers.append(name, item))
    } else if (value !== undefined) {
      headers.set(name, value)
    }
  }
  // The peer's address, for per-IP limits (public submissions): set here from the socket,
  // replacing whatever the client sent under that name.
  headers.set('x-real-ip', req.socket.remoteAddress ?? '')
  // Payload serves no HEAD routes; a HEAD is its GET with the body left out by Node.
  const method = req.method === 'HEAD' ? 'GET' : req.method
  const hasBody = method !== 'GET'
  return new Request(url, {
    body: hasBody ? (body ?? (Readable.toWeb(req) as ReadableStream)) : undefined,
    // Node's fetch requires this for streamed request bodies.
    duplex: 'half',
    headers,
    method,
  } as RequestInit)
}

/**
 * A 5xx from Payload carries the request id (and is JSON even where Payload's GraphQL handler
 * sends an empty body), so what the client sees can be matched to the log.
 */
const withRequestId = async (req: ExpressRequest, response: Response): Promise<Response> => {
  if (response.status < 500) {
    return response
  }
  // Unavailable (the database is away, the server is draining, readiness says so): not a fault
  // of the server's, and the body is the answer's own.
  if (response.status === 503 && response.headers.has('retry-after')) {
    return response
  }
  const requestId = req.headers['x-request-id']
  let body: { errors?: Record<string, unknown>[] } = {}
  try {
    body = (await response.json()) as typeof body
  } catch {
    // Not JSON: replaced below.
  }
  const errors = Array.isArray(body?.errors)
    ? body.errors.map((error) => ({ ...error, requestId }))
    : [{ message: 'Something went wrong.', requestId }]
  // The plugin's afterError hook logs the REST faults it saw with their id; log the others.
  if (!body?.errors?.every((error) => error.requestId === requestId)) {
    logServerFault(req, `answered ${response.status}`)
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  headers.set('content-type', 'application/json')
  if (response.status === 503 && !headers.has('retry-after')) {
    // Busy, not broken: a write waiting for the database is worth retrying shortly.
    headers.set('retry-after', '1')
  }
  return new Response(JSON.stringify({ ...body, errors }), { headers, status: response.status })
}

export const sendFetchResponse = async (
  req: ExpressRequest,
  res: ExpressResponse,
  payloadResponse: Response,
): Promise<void> => {
  const response = await withRequestId(req, payloadResponse)
  res.status(response.status)
  response.headers.forEach((value, name) => {
    // Set-Cookie may repeat; every other header is set once.
    if (name === 'set-cookie') {
      return
    }
    res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) {
    res.setHeader('set-cookie', cookies)
  }
  if (!response.body) {
    res.end()
    return
  }
  for await (const chunk of Readable.fromWeb(response.body as NodeReadableStream)) {
    res.write(chunk)
  }
  res.end()
}
