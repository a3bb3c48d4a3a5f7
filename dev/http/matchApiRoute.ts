import type { Endpoint, SanitizedConfig } from 'payload'

import { match } from 'path-to-regexp'

import { idShapeOf, isPossibleId } from '../../src/internal.js'

export type RouteMatch =
  | { allow: string[]; kind: 'method-not-allowed' }
  | {
      /**
       * The collection the route belongs to, when it does.
       */
      collection?: SanitizedConfig['collections'][number]
      /**
       * The route is Payload's own create or update, whose body is a document.
       */
      takesDocument: boolean
      kind: 'found'
      params: Record<string, string>
      validId: (id: string) => boolean
    }
  | { kind: 'not-found' }

const anyId = (_id: string) => true

/**
 * Resolves an API path (below `routes.api`, already percent-decoded safely) the way Payload's
 * `handleEndpoints` does, to tell a path that exists under another method (405 with `Allow`)
 * from one that does not exist at all, including collections that serve no endpoints (Payload
 * answers those 501). `found` carries the rule its `:id` parameter must follow.
 */
export const matchApiRoute = (
  config: SanitizedConfig,
  method: string,
  apiPath: string,
): RouteMatch => {
  const segments = apiPath.replace(/\/+$/, '').split('/').slice(1)
  let endpoints: Endpoint[] | false = config.endpoints
  let rest = segments
  let validId = anyId
  const collection = config.collections.find((each) => each.slug === segments[0])
  const global =
    segments[0] === 'globals' ? config.globals.find((each) => each.slug === segments[1]) : undefined
  if (collection) {
    endpoints = collection.endpoints
    rest = segments.slice(1)
    validId = (id) => isPossibleId(idShapeOf(config.db), collection.flattenedFields, id)
  } else if (global) {
    endpoints = global.endpoints
    rest = segments.slice(2)
  }
  if (endpoints === false) {
    return { kind: 'not-found' }
  }
  // A preflight is answered for any path of a collection that serves endpoints (CORS).
  if (method === 'OPTIONS') {
    return { collection, kind: 'found', params: {}, takesDocument: false, validId }
  }
  const path = `/${rest.join('/')}`
  const allow = new Set<string>()
  for (const endpoint of endpoints) {
    const matched = match<Record<string, string>>(endpoint.path, { decode: decodeURIComponent })(
      path,
    )
    if (!matched) {
      continue
    }
    if (endpoint.method === method.toLowerCase()) {
      // Payload serves version routes on every collection and fails on those without versions.
      if (collection && !collection.versions && endpoint.path.startsWith('/versions')) {
        return { kind: 'not-found' }
      }
      const takesDocument =
        Boolean(collection) &&
        ((endpoint.method === 'post' && endpoint.path === '/') ||
          (endpoint.method === 'patch' && (endpoint.path === '/' || endpoint.path === '/:id')))
      return { collection, kind: 'found', params: matched.params, takesDocument, validId }
    }
    allow.add(endpoint.method.toUpperCase())
  }
  return allow.size
    ? { allow: [...allow].sort(), kind: 'method-not-allowed' }
    : { kind: 'not-found' }
}
