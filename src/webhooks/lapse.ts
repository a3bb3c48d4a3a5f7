import type { PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

import { atInstant } from '../options/clock.js'
import { publicDocs } from '../privacy/publicDocs.js'
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
) => {
  // Only what the public could read just before the end is news: the collection's own rule (a
  // host's override included), asked as of the instant before.
  const end = new Date(doc.visibleUntil as string)
  const wasPublic = await atInstant(new Date(end.getTime() - 1), () =>
    publicDocs(req, slug, [doc.id as number | string]),
  )
  if (!wasPublic.length) {
    return []
  }
  return enqueueChange({
    doc,
    event: 'unpublish',
    id: lapseKey(slug, doc.id, doc.visibleUntil),
    key,
    occurredAt: end,
    options,
    req,
    slug,
  })
}

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
  // Public again by the collection's own rule, now; otherwise there is nothing to tell.
  if (!(await publicDocs(req, slug, [doc.id as number | string])).length) {
    return []
  }
  const occurredAt = options.clock()
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
