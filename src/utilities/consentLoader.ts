import type { PayloadRequest } from 'payload'

import type { ConsentTerms } from './consentStatus.js'

type Id = number | string
type Batch = { ids: Set<Id>; ready: Promise<void> }
type RequestCache = { batch?: Batch; found: Map<string, ConsentTerms | null> }

const caches = new WeakMap<object, RequestCache>()

const cacheOf = (req: PayloadRequest): RequestCache => {
  let cache = caches.get(req)
  if (!cache) {
    cache = { found: new Map() }
    caches.set(req, cache)
  }
  return cache
}

/**
 * The consent records behind documents, read once per request however many documents ask: the
 * publish check and the consent-state column of every list row share one query, issued after the
 * current turn of the event loop so that all rows of a page join the same batch. Reads bypass
 * access (editors may not be consent managers) and never leave the server through this path.
 */
export const loadConsent = async (
  req: PayloadRequest,
  collection: string,
  id: Id | null,
): Promise<ConsentTerms | null> => {
  if (id === null) {
    return null
  }
  const cache = cacheOf(req)
  const key = String(id)
  if (cache.found.has(key)) {
    return cache.found.get(key)!
  }
  if (!cache.batch) {
    const ids = new Set<Id>()
    const ready = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      cache.batch = undefined
      const { docs } = await req.payload.find({
        collection,
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        where: { id: { in: [...ids] } },
      })
      for (const wanted of ids) {
        cache.found.set(String(wanted), null)
      }
      for (const doc of docs) {
        cache.found.set(String(doc.id), doc as ConsentTerms)
      }
    })
    cache.batch = { ids, ready }
  }
  const batch = cache.batch
  batch.ids.add(id)
  await batch.ready.catch(() => undefined)
  return cache.found.get(key) ?? null
}

/**
 * Forgets what this request read of a consent, after the request itself changed it.
 */
export const forgetConsent = (req: PayloadRequest, id: Id) => {
  caches.get(req)?.found.delete(String(id))
}
