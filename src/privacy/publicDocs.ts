import type { PayloadRequest } from 'payload'

import type { Id } from '../hardening/perRequestBatches.js'

import { docsPassing, possibleIds, publicReadRule } from './readRule.js'

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
  const candidates = possibleIds(req, slug, ids)
  if (!candidates.length) {
    return []
  }
  return docsPassing(req, slug, await publicReadRule(req.payload, slug), {
    select,
    where: { id: { in: candidates } },
  })
}
