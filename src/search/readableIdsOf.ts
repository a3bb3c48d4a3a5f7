import type { PayloadRequest, Where } from 'payload'

import type { Id } from '../hardening/perRequestBatches.js'

const perRequest = new WeakMap<object, Map<string, Promise<Id[]>>>()

const load = async (req: PayloadRequest, collection: string): Promise<Id[]> => {
  const config = req.payload.collections[collection]?.config
  if (!config) {
    return []
  }
  const rule: boolean | Where = config.access.read
    ? await config.access.read({ req })
    : Boolean(req.user)
  if (rule === false) {
    return []
  }
  const { docs } = await req.payload.db.find({
    collection,
    limit: 0,
    pagination: false,
    req,
    select: { id: true },
    sort: 'id',
    where: rule === true ? {} : rule,
  })
  return docs.map((doc) => doc.id as Id)
}

/**
 * Every id of `collection` the request's reader may read right now, by the collection's own read
 * rule; asked once per request and collection. Its cost grows with the collection, which suits
 * the indexes it serves (a clinic's articles and FAQs), not bulk data.
 */
export const readableIdsOf = (req: PayloadRequest, collection: string): Promise<Id[]> => {
  let known = perRequest.get(req)
  if (!known) {
    known = new Map()
    perRequest.set(req, known)
  }
  let ids = known.get(collection)
  if (!ids) {
    ids = load(req, collection)
    known.set(collection, ids)
  }
  return ids
}
