import type { PayloadRequest } from 'payload'

import type { Id } from '../hardening/perRequestBatches.js'

import { requestState } from '../hardening/requestState.js'
type Doc = Record<string, unknown> & { id: Id }

const byRequest = requestState('privacy.populatedDocs', () => new Map<string, Doc>())

const key = (collection: string, id: Id) => `${collection}:${String(id)}`

/**
 * Remembers, for the rest of the request, a document Payload populated for this reader (so one
 * the reader may read, in the request's locale), so what is worked out from linked documents
 * afterwards (structured data) uses it instead of reading it again.
 */
export const rememberPopulated = (req: PayloadRequest, collection: string, doc: Doc) => {
  byRequest(req).set(key(collection, doc.id), doc)
}

/**
 * A document this request has already populated for its reader, if any.
 */
export const populatedDoc = (req: PayloadRequest, collection: string, id: Id): Doc | undefined =>
  byRequest(req).get(key(collection, id))
