import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Id } from '../hardening/perRequestBatches.js'

import { docsPassing, readRule } from '../privacy/readRule.js'
import { requestState } from '../hardening/requestState.js'

const perRequest = requestState('search.readableIds', () => new Map<string, Promise<Id[]>>())

const load = async (req: PayloadRequest, collection: string): Promise<Id[]> => {
  if (!req.payload.collections[collection as CollectionSlug]) {
    return []
  }
  const docs = await docsPassing(req, collection, await readRule(req, collection))
  return docs.map((doc) => doc.id as Id)
}

/**
 * Every id of `collection` the request's reader may read right now, by the collection's own read
 * rule; asked once per request and collection. Its cost grows with the collection, which suits
 * the indexes it serves (a clinic's articles and FAQs), not bulk data.
 */
export const readableIdsOf = (req: PayloadRequest, collection: string): Promise<Id[]> => {
  const known = perRequest(req)
  let ids = known.get(collection)
  if (!ids) {
    ids = load(req, collection)
    known.set(collection, ids)
  }
  return ids
}
