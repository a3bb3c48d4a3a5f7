import type { PayloadRequest } from 'payload'

import { type Id, perRequestBatches } from '../hardening/perRequestBatches.js'
import { docsPassing, possibleIds, readRule } from './readRule.js'

/**
 * One query per batch: which ids pass the collection's own read rule for this reader, now.
 */
const readable = perRequestBatches(
  'privacy.readableIds',
  async (req, collection, ids) => {
    const found = new Map<string, boolean>()
    const candidates = possibleIds(req, collection, ids)
    if (!candidates.length) {
      return found
    }
    const docs = await docsPassing(req, collection, await readRule(req, collection), {
      where: { id: { in: candidates } },
    })
    for (const doc of docs) {
      found.set(String(doc.id), true)
    }
    return found
  },
  false,
)

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
