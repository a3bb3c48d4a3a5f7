import type { PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

import { enqueueChange } from './changeBody.js'
import { lapseKey } from './changeHooks.js'

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
  enqueueChange({
    doc,
    event: 'unpublish',
    id: lapseKey(slug, doc.id, doc.visibleUntil),
    key,
    occurredAt: new Date(doc.visibleUntil as string),
    options,
    req,
    slug,
  })

/**
 * Tells the site a consent-bound document is public again: its consent was renewed past an end
 * that had already passed, or a revocation was withdrawn. Nothing else writes the document (its
 * `visibleUntil` is moved straight in the database), so without this the site would keep it
 * hidden until some other change.
 */
export const reportReturn = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  key: SmpCollectionKey,
  slug: string,
  doc: Record<string, unknown>,
) => {
  const occurredAt = options.now()
  return enqueueChange({
    doc,
    event: 'publish',
    id: `return:${slug}:${String(doc.id)}:${String(doc.visibleUntil)}:${occurredAt.toISOString()}`,
    key,
    occurredAt,
    options,
    req,
    slug,
  })
}
