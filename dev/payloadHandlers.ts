import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import { Readable } from 'node:stream'

/**
 * Express speaks Node streams and Payload's handlers speak the Fetch API; these two functions
 * are the whole bridge between them. Bodies are streamed through untouched (no body parser runs),
 * so uploads and JSON reach Payload exactly as sent.
 */
export const toFetchRequest = (req: ExpressRequest): Request => {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) {
      value.forEach((item) => headers.append(name, item))
    } else if (value !== undefined) {
      headers.set(name, value)
    }
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(url, {
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    // Node's fetch requires this for streamed request bodies.
    duplex: 'half',
    headers,
    method: req.method,
  } as RequestInit)
}

export const sendFetchResponse = async (
  res: ExpressResponse,
  response: Response,
): Promise<void> => {
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
