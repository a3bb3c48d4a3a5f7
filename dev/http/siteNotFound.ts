import type { Request, Response } from 'express'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { UrlWithParsedQuery } from 'node:url'

import { parse } from 'node:url'

import { pathDecodes } from './pathDecodes.js'

type Handle = (
  req: IncomingMessage,
  res: ServerResponse,
  parsedUrl?: UrlWithParsedQuery,
) => Promise<void>

// Where Next keeps what it worked out about a request; a second pass must start without it.
const requestMeta = Symbol.for('NextInternalRequestMeta')

/**
 * Whether a request is for the site's pages: not the admin, not Next's own files or its route
 * handlers.
 */
const isSitePath = (req: Request, adminRoute: string) =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  req.path !== adminRoute &&
  !req.path.startsWith(`${adminRoute}/`) &&
  (!req.path.startsWith('/_') || req.path === '/_not-found') &&
  !req.path.startsWith('/next/')

/**
 * Whether Next answers the request with its router's data rather than a document: only
 * `RSC: 1` says so (an `_rsc` query parameter alone, which crawlers follow, gets a document). The
 * browser renders that 404 inside the site's layout itself.
 */
const isRouterData = (req: Request) => req.headers.rsc === '1'

const conditionalHeaders = ['if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since']

// What makes Next answer with its router's data; the not-found document is always a document.
const routerHeaders = [
  'rsc',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-router-state-tree',
]

/**
 * Whether `If-None-Match` names the entity tag `etag` (weakly compared, as RFC 9110 says for
 * GET), or is `*`.
 */
const matches = (ifNoneMatch: string, etag: string) => {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

/**
 * Serves the site's own not-found document for a page that answers 404 (an unknown slug, an
 * unpublished article, a gallery whose consent has ended).
 *
 * With two root layouts (site and admin) and none above them, Next answers a page's `notFound()`
 * with an empty error shell (`<html id="__next_error__">`, no language and no content) and draws
 * the not-found page only in the browser: a crawler, a reader without JavaScript or a validator
 * got an empty document. Next's answer for an address no route matches is the whole document
 * (app/global-not-found.tsx), so the 404's body is swapped for that one, as Next's custom-server
 * guidance says: its request handler again, with the URL adjusted to its not-found route. The
 * status stays 404 and nothing else changes.
 */
export const withSiteNotFound = (handle: Handle, adminRoute: string) => {
  const notFound = (req: Request, res: Response) => {
    for (const name of [...conditionalHeaders, ...routerHeaders]) {
      delete req.headers[name]
    }
    delete (req as unknown as Record<symbol, unknown>)[requestMeta]
    return handle(req, res, parse('/_not-found', true))
  }
  return (req: Request, res: Response): Promise<void> => {
    if (!isSitePath(req, adminRoute)) {
      return handle(req, res)
    }
    if (!pathDecodes(req.path)) {
      return notFound(req, res)
    }
    if (isRouterData(req)) {
      return handle(req, res)
    }
    // Preconditions are the wrapper's to answer: Next answers one with 304 whatever the status
    // the page would have had, and a precondition on a 404 is ignored (RFC 9110 §13.2.1). Next
    // renders the page as if unconditional (from its cache); a 200 whose ETag the request named
    // is then answered 304 here, a 404 never.
    const ifNoneMatch = req.headers['if-none-match']
    for (const name of conditionalHeaders) {
      delete req.headers[name]
    }
    const { end, write, writeHead } = res
    // What was set before Next saw the request (the request id): the second pass starts from it.
    const before = res.getHeaders()
    let swallowing = false
    let rerendered: Promise<void> | undefined
    const restore = () => {
      res.writeHead = writeHead
      res.write = write
      res.end = end
    }
    res.writeHead = function (this: Response, status: number, ...rest: unknown[]) {
      if (status === 404 && !res.headersSent) {
        swallowing = true
        return this
      }
      const etag = res.getHeader('etag')
      if (status === 200 && ifNoneMatch && typeof etag === 'string' && matches(ifNoneMatch, etag)) {
        // Node sends no body with a 304, whatever Next then writes.
        res.removeHeader('content-length')
        return (writeHead as (...args: unknown[]) => Response).call(this, 304)
      }
      // Passed on, never put back: Next's compression wraps these methods after this did.
      return (writeHead as (...args: unknown[]) => Response).call(this, status, ...rest)
    } as Response['writeHead']
    res.write = function (this: Response, ...args: unknown[]) {
      if (!swallowing) {
        return (write as (...given: unknown[]) => boolean).apply(this, args)
      }
      const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
      callback?.()
      return true
    } as Response['write']
    res.end = function (this: Response, ...args: unknown[]) {
      if (!swallowing) {
        return (end as (...given: unknown[]) => Response).apply(this, args)
      }
      swallowing = false
      restore()
      const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
      callback?.()
      for (const name of res.getHeaderNames()) {
        res.removeHeader(name)
      }
      for (const [name, value] of Object.entries(before)) {
        if (value !== undefined) {
          res.setHeader(name, value)
        }
      }
      rerendered = notFound(req, res)
      return this
    } as Response['end']
    return handle(req, res).then(() => rerendered)
  }
}
