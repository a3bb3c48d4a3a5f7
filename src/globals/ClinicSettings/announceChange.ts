import type { GlobalAfterChangeHook } from 'payload'

import { randomUUID } from 'node:crypto'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { enqueueDeliveries } from '../../webhooks/outbox.js'

/**
 * A change to the clinic settings is public at once (anyone may read them, and every page's
 * JSON-LD names the clinic): receivers are told with the global's slug as the tag, in the change's
 * own transaction, like every other change.
 */
export const announceSettingsChange =
  (options: SanitizedSmpClinicOptions): GlobalAfterChangeHook =>
  async ({ doc, global, req }) => {
    if (!options.webhooks || options.disabled) {
      return doc
    }
    await enqueueDeliveries(req, options, {
      collection: global.slug,
      docId: global.slug,
      event: 'update',
      id: randomUUID(),
      images: [],
      locale: typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : null,
      occurredAt: new Date().toISOString(),
      slug: null,
      tags: [global.slug],
    })
    return doc
  }
