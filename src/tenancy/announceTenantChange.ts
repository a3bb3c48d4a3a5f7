import type { CollectionAfterChangeHook } from 'payload'

import { randomUUID } from 'node:crypto'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { enqueueDeliveries } from '../webhooks/outbox.js'
import { sendsWebhooks } from '../webhooks/sendsWebhooks.js'

/**
 * A change to a clinic's tenant (its profile, its domain) is public at once: every page of its
 * site names the clinic. Its receivers (and the chain's) are told, in the change's transaction,
 * with the tenants collection and the tenant as tags.
 */
export const announceTenantChange =
  (options: SanitizedSmpClinicOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    if (!sendsWebhooks(options)) {
      return doc
    }
    await enqueueDeliveries(req, options, {
      collection: collection.slug,
      docId: String(doc.id),
      event: 'update',
      id: randomUUID(),
      images: [],
      locale: typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : null,
      occurredAt: options.clock().toISOString(),
      slug: null,
      tags: [collection.slug, `${collection.slug}:${String(doc.id)}`],
      tenants: [String(doc.id)],
    })
    return doc
  }
