import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import { pluginOptions } from '../options/optionsKey.js'
import { nextVisibilityChange } from '../privacy/nextVisibilityChange.js'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

/**
 * Whether the request may carry credentials: a token header, or any cookie at all (Payload reads
 * its token cookie leniently, `payload-token =…` included, so no cookie is assumed harmless).
 * Such a response may hold drafts or private records and is never stored by a shared cache, even
 * when the token turns out to be invalid.
 */
const credentialed = (request: Request) =>
  request.headers.has('authorization') || request.headers.has('cookie')

/**
 * Whether an `If-None-Match` header names this entity tag (`*`, one tag, or a list; weak tags
 * compare by their value, as RFC 9110 asks for `GET`).
 */
const matches = (header: string | null, etag: string) =>
  header !== null &&
  (header.trim() === '*' ||
    header
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .includes(etag))

const withVary = (headers: Headers) => {
  const vary = new Set(
    (headers.get('vary') ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  )
  for (const name of ['Origin', 'Authorization', 'Cookie']) {
    vary.add(name)
  }
  headers.set('vary', [...vary].join(', '))
}

/**
 * Wraps a handler of Payload's REST API (Payload's `handleEndpoints`, or Next.js's `REST_GET`)
 * with HTTP caching for what anonymous visitors read:
 *
 * - a `200` to an anonymous `GET` gets a strong `ETag` (SHA-256 of the body) and
 *   `Cache-Control: public, max-age=…, stale-while-revalidate=…`, both cut short so no cache
 *   keeps the response past the next instant a consent ends (content leaves the public API at that
 *   instant, and a cache must not keep it longer);
 * - an `If-None-Match` that names the current tag gets `304` with no body;
 * - anything read with credentials (a token or any cookie) is `private, no-store`, and every
 *   other answer (errors, a range of a file) `no-store`.
 *
 * The body is read to hash it, so a `200` is buffered (JSON and images up to the upload limit).
 *
 * @example
 * // app/(payload)/api/[...slug]/route.ts
 * export const GET = withHttpCaching(REST_GET(config), getPayload({ config }))
 */
export const withHttpCaching =
  <Rest extends unknown[]>(
    handler: Handler<Rest>,
    payload: Payload | Promise<Payload>,
  ): Handler<Rest> =>
  async (request, ...rest) => {
    const response = await handler(request, ...rest)
    const instance = await payload
    const options = pluginOptions(instance)
    if (!options?.frontend.cache || !['GET', 'HEAD'].includes(request.method)) {
      return response
    }
    if (response.status === 304) {
      return response
    }
    const headers = new Headers(response.headers)
    withVary(headers)
    if (credentialed(request) || response.headers.has('set-cookie')) {
      headers.set('cache-control', 'private, no-store')
      return new Response(response.body, { headers, status: response.status })
    }
    // A part of a file, an error, an answer that says so itself (readiness): nothing a shared
    // cache should keep.
    if (response.status !== 200 || /no-store/.test(response.headers.get('cache-control') ?? '')) {
      headers.set('cache-control', 'no-store')
      return new Response(response.body, { headers, status: response.status })
    }
    const body = new Uint8Array(await response.arrayBuffer())
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`
    headers.set('etag', etag)
    const { maxAge, staleWhileRevalidate } = options.frontend.cache
    let end: Date | undefined
    try {
      end = await nextVisibilityChange(instance, options)
    } catch {
      // When the next change cannot be known (the database went away after the answer was
      // read), the answer is not kept at all.
      headers.set('cache-control', 'no-store')
      return new Response(body, { headers, status: 200 })
    }
    // Whole seconds left before something public turns private; a cache may keep the response
    // (fresh, then stale) for no longer than that.
    const left = end
      ? Math.max(0, Math.floor((end.getTime() - options.clock().getTime()) / 1000))
      : Infinity
    // An answer that sets its own lifetime (the next-change endpoint) keeps it, or a shorter one.
    const own = response.headers.get('cache-control') ?? ''
    const ownFresh = /max-age=(\d+)/.exec(own)?.[1]
    const ownStale = /stale-while-revalidate=(\d+)/.exec(own)?.[1]
    // An instant further ahead than `frontend.nextChangeWithin` is not told by the lifetime
    // either (a revocation dated ahead): the lifetime stops at that horizon instead, before it.
    const bound =
      left > options.frontend.nextChangeWithin ? options.frontend.nextChangeWithin : left
    const fresh = Math.min(maxAge, bound, ownFresh === undefined ? Infinity : Number(ownFresh))
    const stale = Math.min(
      staleWhileRevalidate,
      bound - fresh,
      ownFresh === undefined ? Infinity : Number(ownStale ?? 0),
    )
    headers.set(
      'cache-control',
      fresh > 0
        ? `public, max-age=${fresh}${stale > 0 ? `, stale-while-revalidate=${stale}` : ''}`
        : 'public, no-cache',
    )
    if (matches(request.headers.get('if-none-match'), etag)) {
      for (const name of ['content-length', 'content-type', 'content-encoding']) {
        headers.delete(name)
      }
      return new Response(null, { headers, status: 304 })
    }
    headers.set('content-length', String(body.byteLength))
    return new Response(body, { headers, status: 200 })
  }
