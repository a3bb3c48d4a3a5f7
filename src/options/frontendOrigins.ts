import type { Config } from 'payload'

/**
 * Request headers a browser on the frontend may send besides Payload's own list: a site that
 * revalidates a cached read sets `If-None-Match` itself.
 */
const extraHeaders = ['If-None-Match']

const union = (left: string[], right: string[]) => [...new Set([...left, ...right])]

/**
 * The host's `cors` with the frontend's origins added. A host that allows every origin (`'*'`)
 * keeps that; a list or `{ origins, headers }` gains the origins, and its headers are kept.
 */
export const corsWithOrigins = (cors: Config['cors'], origins: string[]): Config['cors'] => {
  if (!origins.length || cors === '*') {
    return cors
  }
  if (cors === undefined) {
    return { headers: extraHeaders, origins }
  }
  if (Array.isArray(cors)) {
    return { headers: extraHeaders, origins: union(cors, origins) }
  }
  return {
    headers: union(cors.headers ?? [], extraHeaders),
    origins: cors.origins === '*' ? '*' : union(cors.origins, origins),
  }
}

/**
 * The host's `csrf` with the frontend's origins added, so an editor's cookie is honoured from
 * them (live preview reads drafts from there). An empty list means Payload checks no origin at
 * all; adding to it would turn the check on without the admin panel's own origin, which Payload
 * adds only from `serverURL`. So the origins are added only when the host has either.
 */
export const csrfWithOrigins = (config: Config, origins: string[]): Config['csrf'] =>
  origins.length && (config.serverURL || config.csrf?.length)
    ? union(config.csrf ?? [], origins)
    : config.csrf
