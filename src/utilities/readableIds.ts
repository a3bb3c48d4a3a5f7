import type { PayloadRequest, Where } from 'payload'

type Id = number | string
type Batch = { ids: Set<Id>; ready: Promise<void> }
type CollectionCache = {
  batch?: Batch
  known: Map<string, boolean>
  rule?: Promise<boolean | Where>
}

const caches = new WeakMap<object, Map<string, CollectionCache>>()

const cacheFor = (req: PayloadRequest, collection: string): CollectionCache => {
  let byCollection = caches.get(req)
  if (!byCollection) {
    byCollection = new Map()
    caches.set(req, byCollection)
  }
  let cache = byCollection.get(collection)
  if (!cache) {
    cache = { known: new Map() }
    byCollection.set(collection, cache)
  }
  return cache
}

/**
 * The collection's read rule for this request, evaluated once: `true`, `false`, or the query
 * that limits what the reader sees (for example "published, and its consent not yet ended").
 */
const readRule = (req: PayloadRequest, collection: string, cache: CollectionCache) => {
  cache.rule ??= (async () => {
    const read = req.payload.collections[collection]?.config.access.read
    return read ? await read({ req }) : Boolean(req.user)
  })()
  return cache.rule
}

const isValidId = (req: PayloadRequest, id: Id) =>
  req.payload.db.defaultIDType === 'number'
    ? typeof id === 'number' || /^\d+$/.test(String(id))
    : typeof id === 'string' && /^[0-9a-f]{24}$/i.test(id)

/**
 * Which of `ids` the request's reader may read in `collection`, decided by that collection's own
 * read access at this moment. Lookups from every document and field of one response are batched
 * into one query per collection, and remembered for the rest of the request.
 */
export const readableIds = async (
  req: PayloadRequest,
  collection: string,
  ids: Id[],
): Promise<Set<string>> => {
  const cache = cacheFor(req, collection)
  const unknown = ids.filter((id) => !cache.known.has(String(id)))
  if (unknown.length) {
    if (!cache.batch) {
      const batchIds = new Set<Id>()
      const ready = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        cache.batch = undefined
        const rule = await readRule(req, collection, cache)
        const candidates = [...batchIds].filter((id) => isValidId(req, id))
        let found: Set<string> = new Set()
        if (rule !== false && candidates.length && req.payload.collections[collection]) {
          const where: Where = { id: { in: candidates } }
          const { docs } = await req.payload.db.find({
            collection,
            limit: 0,
            pagination: false,
            req,
            // Only ids: no locale joins, no relationship tables, the primary key's order.
            select: { id: true },
            sort: 'id',
            where: rule === true ? where : { and: [where, rule] },
          })
          found = new Set(docs.map((doc) => String(doc.id)))
        }
        for (const id of batchIds) {
          cache.known.set(String(id), found.has(String(id)))
        }
      })
      cache.batch = { ids: batchIds, ready }
    }
    const batch = cache.batch
    unknown.forEach((id) => batch.ids.add(id))
    await batch.ready
  }
  return new Set(ids.map(String).filter((id) => cache.known.get(id) === true))
}
