import type { Payload } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { createHash } from 'node:crypto'

import { registerCacheCounters } from '../../options/cacheCounters.js'
import { pluginOptions } from '../../options/optionsKey.js'
import { nextCollectionChange } from '../../privacy/nextVisibilityChange.js'
import { matchesETag, ownLifetime, publicCacheControl, tenantVary, withVary } from '../lifetime.js'
import { ByteLru } from './byteLru.js'
import { cacheKey, carriesCredentials, type CacheRequest } from './cacheKey.js'
import { dependencyTags, everyTag, onCommittedChanges } from '../../hardening/databaseTracking.js'
import { isQuery } from './graphQLOperation.js'
import { currentReadLog, logReads, type ReadLog } from '../../hardening/readTracking.js'
import { collectionTag, globalTag } from '../../hardening/changeTags.js'
import { localVersionStore, redisVersionStore, type VersionStore } from './versionStore.js'

/**
 * One stored answer: its bytes, the headers it was sent with, and what it depends on.
 */
type Entry = {
  body: Uint8Array
  /** The next instant anything public changes on its own, as known when it was computed. */
  end?: Date
  etag: string
  /** When it stops being served, in milliseconds on the plugin's clock. */
  expires: number
  /** The answer's headers (lowercase names), `Vary` and `ETag` set, lifetime left out. */
  headers: Record<string, string>
  own: ReturnType<typeof ownLifetime>
  status: number
  tags: string[]
  versions: string[]
}

/**
 * What the server adapters send: a whole answer, or `undefined` for "answer it uncached yourself"
 * (the request is not one the cache takes, or the cache cannot be trusted right now).
 */
export type CachedAnswer = {
  /** A stream for an answer too large to keep (`maxEntryBytes`): passed on as it comes. */
  body: null | ReadableStream<Uint8Array> | Uint8Array
  cache: 'HIT' | 'MISS'
  /** Lowercase names; `set-cookie` never appears (an answer that sets one is not for the cache). */
  headers: Record<string, string>
  status: number
}

export type ResponseCacheStats = {
  /** Answers taken from memory. */
  hits: number
  /** Answers computed (and stored when they could be). */
  misses: number
  /** Reads answered uncached: a credential, a write, a range, the version store away. */
  bypasses: number
  /** Misses that waited for the same key's computation instead of running their own. */
  coalesced: number
  /** Answers dropped to stay within `maxBytes`. */
  evictions: number
  /** Stored answers found stale (a write to what they read) and dropped. */
  invalidations: number
  /** Stored answers dropped because an instant they depended on passed. */
  expirations: number
  /** Writes told to the version store. */
  changes: number
  /** Writes the version store could not be told of (every stored answer was dropped instead). */
  changeFailures: number
  /** Times the shared store went away and every stored answer was dropped. */
  resets: number
  bytes: number
  entries: number
  maxBytes: number
  store: VersionStore['kind']
  available: boolean
}

type Computation = {
  answer: Response
  /** The whole body, or a stream of it once it passed `maxEntryBytes` (never held whole). */
  body: ReadableStream<Uint8Array> | Uint8Array
  end?: Date
  entry?: Entry
}

const dropped = new Set([
  'cache-control',
  'connection',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'transfer-encoding',
  'x-cache',
])

/**
 * Whether an answer may be stored: a whole `200` that sets no cookie, that its handler did not
 * mark as private or not to be stored, and, for GraphQL, that carries no error (a resolver that
 * failed is answered `200` with `errors`).
 */
const storable = async (response: Response, body: Uint8Array, graphQL: boolean) => {
  const control = response.headers.get('cache-control') ?? ''
  if (
    response.status !== 200 ||
    response.headers.has('set-cookie') ||
    /no-store|private|no-cache/.test(control)
  ) {
    return false
  }
  if (!graphQL) {
    return true
  }
  try {
    const parsed = JSON.parse(new TextDecoder().decode(body)) as { errors?: unknown }
    return parsed.errors === undefined
  } catch {
    return false
  }
}

/**
 * The collection or global a REST path names (`/api/<slug>/…`, `/api/globals/<slug>`): an answer
 * depends on it even when Payload reads nothing to give it (a file of an upload collection
 * anyone may read is sent from disk with no query).
 */
const pathTags = (payload: Payload, request: CacheRequest): string[] => {
  if (request.graphQL) {
    return []
  }
  const api = payload.config.routes.api
  const path = request.url.pathname
  if (!path.startsWith(`${api}/`)) {
    return []
  }
  const [first, second] = path.slice(api.length + 1).split('/')
  if (first === 'globals' && second && payload.config.globals.some(({ slug }) => slug === second)) {
    return [globalTag(second)]
  }
  return first && payload.collections[first] ? [collectionTag(first)] : []
}

const sameVersions = (a: string[], b: string[]) => a.every((token, index) => token === b[index])

/**
 * The response cache of one Payload instance. See `frontend.responseCache`.
 */
export class ResponseCache {
  readonly stats = {
    bypasses: 0,
    changeFailures: 0,
    changes: 0,
    coalesced: 0,
    expirations: 0,
    hits: 0,
    invalidations: 0,
    misses: 0,
    resets: 0,
  }
  private readonly customStrategies: Payload['authStrategies']
  private generation = 0
  /**
   * Per collection, the next instant its public answer changes on its own, as last computed:
   * after which instant (`after`), from which versions of what the computation read. Valid while
   * those versions hold (only a write adds an instant) and the instant is still ahead.
   */
  private readonly instants = new Map<
    string,
    { after: number; at?: number; tags: string[]; versions: string[] }
  >()
  private readonly inFlight = new Map<string, Promise<Computation>>()
  private readonly lru: ByteLru<Entry>
  private readonly store: VersionStore

  constructor(
    private readonly payload: Payload,
    private readonly options: SanitizedSmpClinicOptions,
    readonly settings: Exclude<SanitizedSmpClinicOptions['frontend']['responseCache'], false>,
  ) {
    this.lru = new ByteLru<Entry>(
      settings.maxBytes,
      (key, entry) =>
        key.length * 2 +
        entry.body.byteLength +
        Object.entries(entry.headers).reduce(
          (sum, [name, value]) => sum + name.length + value.length,
          0,
        ) *
          2 +
        (entry.tags.length + entry.versions.length) * 64 +
        256,
    )
    this.store = settings.redis
      ? redisVersionStore(settings.redis, { keyPrefix: settings.redisKeyPrefix })
      : localVersionStore()
    this.store.onLost(() => this.reset())
    // Every strategy says when it signs someone in during a computation (that answer is never
    // stored); the host's own ones are also asked before a hit is served.
    payload.authStrategies = (payload.authStrategies ?? []).map((strategy) => ({
      ...strategy,
      authenticate: async (args) => {
        const result = await strategy.authenticate(args)
        if (result?.user) {
          const log = currentReadLog()
          if (log) {
            log.authenticated = true
          }
        }
        return result
      },
    }))
    this.customStrategies = payload.authStrategies.filter(
      ({ name }) => name !== 'local-jwt' && !name.endsWith('-api-key'),
    )
    registerCacheCounters(payload, () => this.counters())
    onCommittedChanges(payload, async (tags) => {
      try {
        await this.store.bump(tags)
        this.stats.changes++
      } catch (error) {
        // Not told, so nothing stored here can be trusted, and the other servers are told
        // nothing either: they are bypassing already when the store is away for them too.
        this.stats.changeFailures++
        this.reset()
        payload.logger.warn({
          err: error,
          msg: 'The response cache could not record a write; its answers were dropped.',
        })
      }
    })
  }

  /**
   * Drops every stored answer, and keeps any computation under way from storing its own.
   */
  reset() {
    this.generation++
    this.stats.resets++
    this.lru.clear()
    // Worked out from versions that a write made meanwhile may not have moved.
    this.instants.clear()
  }

  /**
   * Whether a host's own auth strategy (one that reads a header of its choosing, not a token or
   * a cookie) signs the request in: such a request is never answered from the cache.
   */
  private async signsIn(request: CacheRequest): Promise<boolean> {
    if (!this.customStrategies.length) {
      return false
    }
    const headers =
      request.headers instanceof Headers
        ? request.headers
        : new Headers(
            Object.entries(request.headers.all?.() ?? {}).flatMap(([name, value]) =>
              value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]],
            ) as [string, string][],
          )
    for (const strategy of this.customStrategies) {
      const { user } = await strategy.authenticate({
        canSetHeaders: false,
        headers,
        isGraphQL: Boolean(request.graphQL),
        payload: this.payload,
        strategyName: strategy.name,
      })
      if (user) {
        return true
      }
    }
    return false
  }

  counters(): ResponseCacheStats {
    return {
      ...this.stats,
      available: this.store.available(),
      bytes: this.lru.bytes,
      entries: this.lru.size,
      evictions: this.lru.evictions,
      maxBytes: this.lru.maxBytes,
      store: this.store.kind,
    }
  }

  /**
   * Counts a read answered without the cache before it was asked (a GraphQL request refused, or
   * run as sent), so the counters cover every read that said `X-Cache: BYPASS`.
   */
  noteBypass() {
    this.stats.bypasses++
  }

  /**
   * Answers a read from memory, or computes it with `compute` (once for every concurrent read of
   * the same key) and stores it. `undefined` means "not for the cache": the caller answers it
   * uncached, as it would without the cache.
   */
  async answer(
    request: CacheRequest,
    compute: () => Promise<Response>,
  ): Promise<CachedAnswer | undefined> {
    const key = cacheKey(this.payload, request)
    const found = await this.lookup(request, key)
    if (found === 'bypass') {
      this.stats.bypasses++
      return undefined
    }
    if (found) {
      return found
    }
    // Only a query is stored, so a hit needs no parse; a miss is parsed here, after the server's
    // checks of the document have run.
    if (request.graphQL && !isQuery(request.graphQL)) {
      this.stats.bypasses++
      return undefined
    }
    this.stats.misses++
    const running = this.inFlight.get(key)
    if (running) {
      this.stats.coalesced++
      const { entry } = await running
      // Served only if nothing it read has been written since it started: a write whose `2xx`
      // was sent before this read arrived must show in its answer.
      if (entry && (await this.valid(entry).catch(() => false))) {
        return this.serve(entry, request, 'MISS')
      }
      const own = await this.compute(key, request, compute, false)
      return this.sendComputed(own, request)
    }
    const computation = this.compute(key, request, compute, true)
    this.inFlight.set(key, computation)
    try {
      return this.sendComputed(await computation, request)
    } finally {
      this.inFlight.delete(key)
    }
  }

  /**
   * The stored answer to a read, served (`HIT`) while it is still true; `undefined` when there is
   * none, `'bypass'` when the read is not for the cache or the cache cannot be trusted now. A
   * server may ask this before its own checks of a request: an answer is stored only for a
   * request that passed them, and the same key is the same request.
   */
  async lookup(
    request: CacheRequest,
    key = cacheKey(this.payload, request),
  ): Promise<'bypass' | CachedAnswer | undefined> {
    if (
      carriesCredentials(request.headers) ||
      request.headers.get('range') ||
      !this.store.available()
    ) {
      return 'bypass'
    }
    try {
      if (await this.signsIn(request)) {
        return 'bypass'
      }
      const found = await this.current(key)
      if (found) {
        this.stats.hits++
        return this.serve(found, request, 'HIT')
      }
      return undefined
    } catch {
      return 'bypass'
    }
  }

  /**
   * The stored answer under `key` while it is still true: before its instant, and while every
   * tag it read has the version it was computed from.
   */
  private async current(key: string): Promise<Entry | undefined> {
    const entry = this.lru.get(key)
    if (!entry) {
      return undefined
    }
    if (this.options.clock().getTime() >= entry.expires) {
      this.lru.delete(key)
      this.stats.expirations++
      return undefined
    }
    if (!(await this.valid(entry))) {
      this.lru.delete(key)
      this.stats.invalidations++
      return undefined
    }
    return entry
  }

  private async valid(entry: Entry) {
    return (
      this.options.clock().getTime() < entry.expires &&
      sameVersions(entry.versions, await this.store.read(entry.tags))
    )
  }

  /**
   * Computes an answer with its reads logged. The versions are read first: a write committed
   * while it runs gives its tags new versions, so what it stores is stale at once, never served.
   */
  private async compute(
    key: string,
    request: CacheRequest,
    compute: () => Promise<Response>,
    store: boolean,
  ): Promise<Computation> {
    const generation = this.generation
    const started = this.options.clock()
    const tags = everyTag(this.payload)
    let versions: string[] | undefined
    try {
      versions = await this.store.read(tags)
    } catch {
      versions = undefined
    }
    const log: ReadLog = { tags: new Set(pathTags(this.payload, request)) }
    const answer = await logReads(log, compute)
    const body = await bodyWithin(answer, this.settings.maxEntryBytes)
    if (
      !store ||
      !versions ||
      // Computed for someone signed in (a strategy that reads its own header), or depending on
      // nothing the cache can see change: answered, not stored.
      log.authenticated ||
      !log.tags.size ||
      !(body instanceof Uint8Array) ||
      !(await storable(answer, body, Boolean(request.graphQL)))
    ) {
      // The lifetime shared caches get is only told for a whole `200` (sendComputed).
      const end =
        answer.status === 200 && !request.graphQL
          ? await this.soonestInstant(log, started).catch(() => new Date(started))
          : undefined
      return { answer, body, end }
    }
    const read = [...dependencyTags(this.payload, log.tags)]
    const versionOf = new Map(tags.map((tag, index) => [tag, versions[index]!]))
    if (read.some((tag) => !versionOf.has(tag))) {
      return { answer, body }
    }
    let end: Date | undefined
    try {
      end = await this.soonestInstant(log, started, versionOf)
    } catch {
      // When the next change cannot be known (the database went away), nothing is stored.
      return { answer, body }
    }
    const own = ownLifetime(answer.headers.get('cache-control'))
    const expires = Math.min(
      end?.getTime() ?? Infinity,
      started.getTime() + this.options.frontend.nextChangeWithin * 1000,
      own.fresh === undefined ? Infinity : started.getTime() + own.fresh * 1000,
    )
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`
    const entry: Entry = {
      body,
      end,
      etag,
      expires,
      headers: storedHeaders(
        answer.headers,
        etag,
        Boolean(request.graphQL),
        tenantVary(this.options),
      ),
      own,
      status: answer.status,
      tags: read,
      versions: read.map((tag) => versionOf.get(tag)!),
    }
    // A reset while it ran (the shared store went away): stored blind, so not stored.
    if (generation === this.generation && expires > this.options.clock().getTime()) {
      this.lru.set(key, entry)
    }
    return { answer, body, end, entry }
  }

  /**
   * The soonest instant after `started` at which any collection the computation read changes its
   * public answer on its own (a consent's end, an embargo, an image's last public day).
   */
  private async soonestInstant(
    log: ReadLog,
    started: Date,
    versionOf?: Map<string, string>,
  ): Promise<Date | undefined> {
    let soonest = Infinity
    for (const tag of log.tags) {
      if (!tag.startsWith('c:')) {
        continue
      }
      const slug = tag.slice(2)
      const known = this.instants.get(slug)
      const current =
        known &&
        versionOf &&
        known.after <= started.getTime() &&
        (known.at === undefined || known.at > started.getTime()) &&
        known.tags.every((read, index) => versionOf.get(read) === known.versions[index])
      let at = current ? known.at : undefined
      if (!current) {
        const asked: ReadLog = { tags: new Set() }
        at = (
          await logReads(asked, () => nextCollectionChange(this.payload, slug, started))
        )?.getTime()
        const readTags = [...asked.tags]
        if (versionOf && readTags.every((read) => versionOf.has(read))) {
          this.instants.set(slug, {
            after: started.getTime(),
            at,
            tags: readTags,
            versions: readTags.map((read) => versionOf.get(read)!),
          })
        }
      }
      if (at !== undefined && at < soonest) {
        soonest = at
      }
    }
    return soonest === Infinity ? undefined : new Date(soonest)
  }

  private sendComputed(
    { answer, body, end, entry }: Computation,
    request: CacheRequest,
  ): CachedAnswer | undefined {
    if (entry) {
      return this.serve(entry, request, 'MISS')
    }
    // Not stored: sent as computed, with the HTTP caching an uncached answer gets. An error, a
    // failed GraphQL resolver, what its handler keeps private: no cache keeps it. A whole `200`
    // too large to store here: shared caches may, until the next change.
    const headers: Record<string, string> = {}
    answer.headers.forEach((value, name) => {
      if (name !== 'content-length' && name !== 'set-cookie') {
        headers[name] = value
      }
    })
    headers.vary = request.graphQL
      ? withVary(headers.vary ?? null, 'Accept', ...tenantVary(this.options))
      : withVary(headers.vary ?? null, ...tenantVary(this.options))
    const control = answer.headers.get('cache-control') ?? ''
    const whole = body instanceof Uint8Array
    if (this.options.frontend.cache) {
      if (
        answer.status !== 200 ||
        request.graphQL ||
        answer.headers.has('set-cookie') ||
        /no-store|private/.test(control)
      ) {
        headers['cache-control'] = 'no-store'
      } else {
        // A streamed answer was never held whole, so it has no ETag of ours.
        const etag = whole
          ? `"${createHash('sha256').update(body).digest('base64url')}"`
          : undefined
        if (etag) {
          headers.etag = etag
        }
        headers['cache-control'] = publicCacheControl(
          this.options.frontend.cache,
          this.options.frontend,
          end,
          this.options.clock(),
          ownLifetime(control),
        )
        if (etag && matchesETag(request.headers.get('if-none-match'), etag)) {
          return { body: null, cache: 'MISS', headers: notModified(headers), status: 304 }
        }
      }
    }
    if (whole) {
      headers['content-length'] = String(body.byteLength)
    } else if (answer.headers.has('content-length')) {
      headers['content-length'] = answer.headers.get('content-length')!
    }
    if (request.head && !whole) {
      void body.cancel().catch(() => undefined)
    }
    return { body: request.head ? null : body, cache: 'MISS', headers, status: answer.status }
  }

  private serve(entry: Entry, request: CacheRequest, cache: 'HIT' | 'MISS'): CachedAnswer {
    const headers = { ...entry.headers }
    if (this.options.frontend.cache) {
      headers['cache-control'] = publicCacheControl(
        this.options.frontend.cache,
        this.options.frontend,
        entry.end,
        this.options.clock(),
        entry.own,
      )
    }
    if (matchesETag(request.headers.get('if-none-match'), entry.etag)) {
      return { body: null, cache, headers: notModified(headers), status: 304 }
    }
    headers['content-length'] = String(entry.body.byteLength)
    return { body: request.head ? null : entry.body, cache, headers, status: entry.status }
  }
}

/**
 * The headers an answer is stored with: its own, less those that belong to one sending, with the
 * anonymous answer's `Vary` and its `ETag`.
 */
const storedHeaders = (
  headers: Headers,
  etag: string,
  graphQL: boolean,
  /** The chain's visitor headers (see `tenantVary`). */
  vary: string[],
): Record<string, string> => {
  const kept: Record<string, string> = {}
  headers.forEach((value, name) => {
    if (!dropped.has(name) && name !== 'set-cookie') {
      kept[name] = value
    }
  })
  // A GraphQL answer's type follows the request's `Accept` (see `graphQLMediaType`).
  kept.vary = graphQL
    ? withVary(kept.vary ?? null, 'Accept', ...vary)
    : withVary(kept.vary ?? null, ...vary)
  kept.etag = etag
  return kept
}

/**
 * An answer's body, read whole while it is within `limit` bytes; past that (or when its length
 * says so before a byte is read), a stream of what was read and the rest as it comes, so a large
 * file a visitor asks for is never held whole in memory, as it would not be uncached.
 */
const bodyWithin = async (
  answer: Response,
  limit: number,
): Promise<ReadableStream<Uint8Array> | Uint8Array> => {
  if (!answer.body) {
    return new Uint8Array()
  }
  if (Number(answer.headers.get('content-length') ?? 0) > limit) {
    return answer.body
  }
  const reader = answer.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      const whole = new Uint8Array(size)
      let offset = 0
      for (const chunk of chunks) {
        whole.set(chunk, offset)
        offset += chunk.byteLength
      }
      return whole
    }
    chunks.push(value)
    size += value.byteLength
    if (size > limit) {
      return new ReadableStream<Uint8Array>({
        cancel: (reason) => reader.cancel(reason),
        pull: async (controller) => {
          const next = await reader.read()
          if (next.done) {
            controller.close()
          } else {
            controller.enqueue(next.value)
          }
        },
        start: (controller) => chunks.forEach((chunk) => controller.enqueue(chunk)),
      })
    }
  }
}

/**
 * A `304` keeps the validators and caching headers, not the body's.
 */
const notModified = (headers: Record<string, string>) => {
  const kept = { ...headers }
  for (const name of ['content-length', 'content-type', 'content-encoding']) {
    delete kept[name]
  }
  return kept
}

const caches = new WeakMap<Payload, ResponseCache>()

/**
 * The response cache of a Payload instance, made on first use (the plugin makes it when Payload
 * starts, so every write is told to the shared store even by a server that answers no reads).
 * `undefined` when `frontend.responseCache` is `false` or the plugin is disabled.
 */
export const responseCacheOf = (payload: Payload): ResponseCache | undefined => {
  const options = pluginOptions(payload)
  if (!options || options.disabled || !options.frontend.responseCache) {
    return undefined
  }
  let cache = caches.get(payload)
  if (!cache) {
    cache = new ResponseCache(payload, options, options.frontend.responseCache)
    caches.set(payload, cache)
  }
  return cache
}
