import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { localRequest } from '../hardening/localRequest.js'
import { idShapeOf, isPossibleId } from '../hardening/possibleId.js'

type Id = number | string

/**
 * What the public may read of a collection at this moment, as the collection's own read access
 * says for a reader with no credentials: everything (`true`), nothing (`false`), or the documents
 * a `Where` selects. The host's override of `access.read` (or a rule it adds to the plugin's) is
 * what is asked, so everything built on this follows it.
 */
export const publicReadRule = async (payload: Payload, slug: string): Promise<boolean | Where> => {
  const read = payload.collections[slug as CollectionSlug]?.config.access.read
  if (!read) {
    return false
  }
  const anonymous = await localRequest(payload)
  return read({ req: anonymous })
}

/**
 * The documents of `ids` the public may read now, with the fields `select` names (the id
 * always), read within `req`'s transaction: a change not yet committed counts as it will be.
 */
export const publicDocs = async (
  req: PayloadRequest,
  slug: string,
  ids: Id[],
  select: Record<string, true> = {},
): Promise<Record<string, unknown>[]> => {
  const collection = req.payload.collections[slug as CollectionSlug]?.config
  const shape = idShapeOf(req.payload.db)
  const candidates = collection
    ? [...new Set(ids.map(String))].filter((id) =>
        isPossibleId(shape, collection.flattenedFields, id),
      )
    : []
  if (!candidates.length) {
    return []
  }
  const rule = await publicReadRule(req.payload, slug)
  if (rule === false) {
    return []
  }
  const where: Where = { id: { in: candidates } }
  const { docs } = await req.payload.db.find({
    collection: slug,
    limit: 0,
    pagination: false,
    req,
    select: { ...select, id: true },
    where: rule === true ? where : { and: [where, rule] },
  })
  return docs as Record<string, unknown>[]
}
