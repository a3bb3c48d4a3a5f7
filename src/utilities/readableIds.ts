import type { PayloadRequest, Where } from 'payload'

import { type Id, perRequestBatches } from './perRequestBatches.js'

// An id the database would refuse to compare (and answer with an error) is unreadable: numbers
// on SQL databases by default, MongoDB's 24 hex digits, and UUIDs on SQL databases set to them
// (Postgres `idType: 'uuid'`).
const isValidId = (req: PayloadRequest, id: Id) => {
  if (req.payload.db.defaultIDType === 'number') {
    return typeof id === 'number' || /^\d+$/.test(String(id))
  }
  return (
    typeof id === 'string' &&
    (req.payload.db.name === 'mongoose'
      ? /^[0-9a-f]{24}$/i.test(id)
      : /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
  )
}

/**
 * One query per batch: which ids pass the collection's own read rule for this reader, now.
 */
const readable = perRequestBatches(async (req, collection, ids) => {
  const found = new Map<string, boolean>()
  const read = req.payload.collections[collection]?.config.access.read
  const rule: boolean | Where = read ? await read({ req }) : Boolean(req.user)
  const candidates = ids.filter((id) => isValidId(req, id))
  if (rule === false || !candidates.length || !req.payload.collections[collection]) {
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
