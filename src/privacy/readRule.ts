import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { Id } from '../hardening/perRequestBatches.js'

import { localRequest } from '../hardening/localRequest.js'
import { idShapeOf, isPossibleId } from '../hardening/possibleId.js'
import { readAsVisitorOf, speakingTenant } from '../tenancy/tenantScope.js'

/**
 * The one question everything that shows clinic content asks before it shows a document: what
 * may this reader read of `collection` now? The answer is the collection's own read access,
 * whatever set it (the plugin's rule, a host's `access.read` override, a rule the host adds):
 * everything (`true`), nothing (`false`), or the documents a `Where` selects. A collection with
 * no read access is Payload's default, signed-in users only.
 */
export const readRule = async (
  req: PayloadRequest,
  collection: string,
): Promise<boolean | Where> => {
  const read = req.payload.collections[collection as CollectionSlug]?.config.access.read
  return read ? read({ req }) : Boolean(req.user)
}

/**
 * The same question for the public: a reader with no credentials, now. Asked for what is told to
 * everyone (webhooks, the sitemap) rather than to one reader.
 */
export const publicReadRule = async (
  payload: Payload,
  collection: string,
  visitor?: PayloadRequest,
): Promise<boolean | Where> => readRule(visitor ?? (await visitorRequest(payload)), collection)

/**
 * A request with no credentials, as a visitor's over HTTP: a host rule that lets the Local API
 * read everything must not make everything public when asked for the public.
 */
export const visitorRequest = async (payload: Payload): Promise<PayloadRequest> => {
  const visitor = await localRequest(payload)
  visitor.payloadAPI = 'REST'
  // In a chain: the public of any clinic (is this shown anywhere, when does it next change),
  // never an answer to one visitor; or of one clinic, when the work speaks for it.
  return readAsVisitorOf(visitor, speakingTenant() ?? 'any')
}

/**
 * The ids of `ids` the database can compare with the collection's ids; anything else (a string
 * where ids are numbers) would make it answer with an error, and cannot be a document anyway.
 */
export const possibleIds = (req: PayloadRequest, collection: string, ids: Id[]): Id[] => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config) {
    return []
  }
  const shape = idShapeOf(req.payload.db)
  return [...new Map(ids.map((id) => [String(id), id])).values()].filter((id) =>
    isPossibleId(shape, config.flattenedFields, id),
  )
}

/**
 * `where` narrowed to what `rule` lets through; false when the rule lets nothing through.
 */
export const withinRule = (rule: boolean | Where, where?: Where): false | Where =>
  rule === false ? false : rule === true ? (where ?? {}) : where ? { and: [where, rule] } : rule

/**
 * The documents `where` selects that `rule` lets through, read straight from the database
 * adapter (no hooks: the rule is already the reader's) with the fields `select` names, within
 * `req`'s transaction, in `sort` order (ids by default), at most `limit` (0: all).
 */
export const docsPassing = async (
  req: PayloadRequest,
  collection: string,
  rule: boolean | Where,
  {
    limit = 0,
    locale,
    select = { id: true },
    sort = 'id',
    where,
  }: {
    limit?: number
    locale?: string
    select?: Record<string, true>
    sort?: string
    where?: Where
  } = {},
): Promise<Record<string, unknown>[]> => {
  const narrowed = withinRule(rule, where)
  if (narrowed === false) {
    return []
  }
  // The adapter, unlike Payload's reads, does not leave out documents in the trash.
  const trash = Boolean(req.payload.collections[collection as CollectionSlug]?.config.trash)
  const scoped: Where = trash ? { and: [narrowed, { deletedAt: { exists: false } }] } : narrowed
  const { docs } = await req.payload.db.find({
    collection,
    limit,
    locale,
    pagination: false,
    req,
    select: { ...select, id: true },
    sort,
    where: scoped,
  })
  return docs as Record<string, unknown>[]
}
