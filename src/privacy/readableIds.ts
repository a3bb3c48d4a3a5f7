import type { PayloadRequest, Where } from 'payload'

import { type Id, perRequestBatches } from '../hardening/perRequestBatches.js'
import { idShapeOf, isPossibleId } from '../hardening/possibleId.js'

/**
 * One query per batch: which ids pass the collection's own read rule for this reader, now.
 */
const readable = perRequestBatches(async (req, collection, ids) => {
  const found = new Map<string, boolean>()
  const read = req.payload.collections[collection]?.config.access.read
  const rule: boolean | Where = read ? await read({ req }) : Boolean(req.user)
  const config = req.payload.collections[collection]?.config
  // An id the database would refuse to compare (and answer with an error) is unreadable.
  const shape = idShapeOf(req.payload.db)
  const candidates = config
    ? ids.filter((id) => isPossibleId(shape, config.flattenedFields, id))
    : []
  if (rule === false || !candidates.length) {
    return found
  }
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
  for (const doc of docs) {
    found.set(String(doc.id), true)
  }
  return found
}, false)

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
  const answers = await readable.lookup(req, collection, ids)
  return new Set([...answers].filter(([, yes]) => yes).map(([id]) => id))
}
