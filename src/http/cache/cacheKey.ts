import type { Payload } from 'payload'

import { createHash } from 'node:crypto'
import { getRequestLanguage } from 'payload'

import { pluginOptions } from '../../options/optionsKey.js'

/**
 * The headers of a request, however the server holds them.
 */
export type HeaderReader = {
  /** Every header, for a host's auth strategy to read (only asked when the host has one). */
  all?: () => Record<string, string | string[] | undefined>
  get: (name: string) => null | string | undefined
}

/**
 * A read the cache may answer, as the server adapters describe it: a REST `GET` (or `HEAD`), or a
 * GraphQL query (sent by `POST`, or by `GET` with its text or a persisted query's hash).
 */
export type CacheRequest = {
  graphQL?: { operationName?: string; query: string; variables?: unknown }
  headers: HeaderReader
  /** `HEAD` is answered from the `GET`'s answer, without the body. */
  head: boolean
  /** The full URL, as the request reached the server. */
  url: URL
}

/**
 * Headers a computation must not see: it computes the whole answer once, for every reader of its
 * key, and the cache answers conditional requests itself.
 */
export const conditionalHeaders = new Set([
  'if-match',
  'if-modified-since',
  'if-none-match',
  'if-range',
  'range',
])

/**
 * Whether the request may carry credentials (a token header, or any cookie: Payload reads its
 * token cookie leniently). Such a read may see drafts and private records: never cached.
 */
export const carriesCredentials = (headers: HeaderReader) =>
  Boolean(headers.get('authorization')) || Boolean(headers.get('cookie'))

/**
 * The language Payload answers an `Accept-Language` in, remembered per header value (browsers
 * send a handful): parsing it again on every hit would cost more than the rest of the key.
 */
const languages = new WeakMap<Payload, Map<string, string>>()
const languageOf = (payload: Payload, header: string): string => {
  let known = languages.get(payload)
  if (!known) {
    known = new Map()
    languages.set(payload, known)
  }
  let language = known.get(header)
  if (language === undefined) {
    language = getRequestLanguage({
      config: payload.config,
      cookies: new Map(),
      headers: new Headers(header ? { 'accept-language': header } : {}),
    })
    if (known.size >= 200) {
      known.clear()
    }
    known.set(header, language)
  }
  return language
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url')

/**
 * What makes two reads the same read: the URL (scheme, host, path and query: Payload writes the
 * host into file URLs when it has no `serverURL`), the language Payload answers in, the origin
 * (Payload's CORS headers name it), and for GraphQL the query's hash, its variables and operation
 * (its URL is the endpoint's, with what Payload reads there, `locale` included).
 */
/**
 * The media type a GraphQL answer is written in for this `Accept`, chosen as Payload's GraphQL
 * handler (graphql-http) chooses it: the first acceptable type in the order given, or none (a
 * `406`). Answers differ in their `Content-Type` (and a `406` in everything), so it is part of a
 * GraphQL key; the raw header is not, so clients that send different words for the same choice
 * share an answer.
 */
export const graphQLMediaType = (accept: null | string): string => {
  for (const item of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [mediaType, ...params] = item.split(';')
    const charset = params.find((param) => param.includes('charset=')) ?? 'charset=utf-8'
    if (mediaType === 'application/graphql-response+json' && charset === 'charset=utf-8') {
      return 'application/graphql-response+json'
    }
    if (
      (mediaType === 'application/json' || mediaType === 'application/*' || mediaType === '*/*') &&
      (charset === 'charset=utf-8' || charset === 'charset=utf8')
    ) {
      return 'application/json'
    }
  }
  return 'none'
}

export const cacheKey = (payload: Payload, request: CacheRequest): string => {
  const language = languageOf(payload, request.headers.get('accept-language') ?? '')
  // In a chain whose clinic a header names (`tenancy.visitorHeaders`), that header too.
  const clinic = (pluginOptions(payload)?.tenancy || { visitorHeaders: [] }).visitorHeaders
    .map((name) => `${name}=${request.headers.get(name) ?? ''}`)
    .join('&')
  const origin = `${request.headers.get('origin') ?? ''}${clinic ? `\n${clinic}` : ''}`
  const { graphQL, url } = request
  if (graphQL) {
    return [
      'graphql',
      url.href,
      sha256(graphQL.query),
      graphQL.operationName ?? '',
      JSON.stringify(graphQL.variables ?? {}),
      graphQLMediaType(request.headers.get('accept') ?? null),
      language,
      origin,
    ].join('\n')
  }
  return ['rest', url.href, language, origin].join('\n')
}
