import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import { pluginOptions } from '../options/optionsKey.js'
import { nextVisibilityChange } from '../privacy/nextVisibilityChange.js'

import { carriesCredentials } from './cache/cacheKey.js'
import { withClientPhotoRobots } from './clientPhotoRobots.js'
import { matchesETag, ownLifetime, publicCacheControl, tenantVary, withVary } from './lifetime.js'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

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
    const response = await withClientPhotoRobots(handler, payload)(request, ...rest)
    const instance = await payload
    const options = pluginOptions(instance)
    if (!options?.frontend.cache || !['GET', 'HEAD'].includes(request.method)) {
      return response
    }
    if (response.status === 304) {
      return response
    }
    const headers = new Headers(response.headers)
    headers.set('vary', withVary(headers.get('vary'), ...tenantVary(options)))
    // Credentials: the answer may hold drafts or private records, even when the token is invalid.
    if (carriesCredentials(request.headers) || response.headers.has('set-cookie')) {
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
    let end: Date | undefined
    try {
      end = await nextVisibilityChange(instance, options)
    } catch {
      // When the next change cannot be known (the database went away after the answer was
      // read), the answer is not kept at all.
      headers.set('cache-control', 'no-store')
      return new Response(body, { headers, status: 200 })
    }
    headers.set(
      'cache-control',
      publicCacheControl(
        options.frontend.cache,
        options.frontend,
        end,
        options.clock(),
        ownLifetime(response.headers.get('cache-control')),
      ),
    )
    if (matchesETag(request.headers.get('if-none-match'), etag)) {
      for (const name of ['content-length', 'content-type', 'content-encoding']) {
        headers.delete(name)
      }
      return new Response(null, { headers, status: 304 })
    }
    headers.set('content-length', String(body.byteLength))
    return new Response(body, { headers, status: 200 })
  }
