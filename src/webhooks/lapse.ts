import type { PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../types.js'

import { changeBody } from './changeBody.js'
import { lapseKey } from './changeHooks.js'
import { enqueueDeliveries } from './outbox.js'

/**
 * Tells the site a consent-bound document left the public API because its consent ended (at
 * `doc.visibleUntil`). Sent once per document and end, whoever notices first: the consent's own
 * save (a revocation dated now) or the poller (the instant an expiry passes).
 */
export const reportLapse = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  key: SmpCollectionKey,
  slug: string,
  doc: Record<string, unknown>,
) =>
  enqueueDeliveries(
    req,
    options,
    await changeBody({
      doc,
      event: 'unpublish',
      id: lapseKey(slug, doc.id, doc.visibleUntil),
      key,
      occurredAt: new Date(doc.visibleUntil as string),
      options,
      req,
      slug,
    }),
  )
