import type { PayloadRequest } from 'payload'

import type { ConsentTerms } from './consentStatus.js'

import { isDatabaseUnavailable } from '../hardening/databaseUnavailable.js'
import { type Id, perRequestBatches } from '../hardening/perRequestBatches.js'

const consents = perRequestBatches<ConsentTerms | null>(
  'consent.records',
  async (req, collection, ids) => {
    const { docs } = await req.payload
      .find({
        collection,
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        where: { id: { in: ids } },
      })
      // An id that cannot be looked up is a missing consent, which blocks publishing; a database
      // that is away is not a verdict on the consent (503).
      .catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) {
          throw error
        }
        return { docs: [] as { id: Id }[] }
      })
    return new Map(docs.map((doc) => [String(doc.id), doc as ConsentTerms]))
  },
  null,
)

/**
 * The consent records behind documents, read once per request however many documents ask: the
 * publish check and the consent-state column of every list row share one query. Reads bypass
 * access (editors may not be consent managers) and never leave the server through this path.
 */
export const loadConsent = async (
  req: PayloadRequest,
  collection: string,
  id: Id | null,
): Promise<ConsentTerms | null> =>
  id === null ? null : ((await consents.lookup(req, collection, [id])).get(String(id)) ?? null)

/**
 * Forgets what this request read of a consent, after the request itself changed it.
 */
export const forgetConsent = (req: PayloadRequest, collection: string, id: Id) => {
  consents.forget(req, collection, id)
}
