import type { PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

import { publicDocsAt } from '../privacy/ruleInstants.js'
import { publicDocs } from '../privacy/publicDocs.js'
import { enqueueChange } from './changeBody.js'
import { lapseKey } from './changeHooks.js'

/**
 * Tells the site a document left the public API on its own at `end`: its consent ended, or
 * another instant its collection's read rule compares with the clock passed. Sent once per
 * document and instant, whoever notices first: the consent's own save (a revocation dated now),
 * the lapse job or the poller (at the instant).
 */
export const reportLapse = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  key: SmpCollectionKey,
  slug: string,
  doc: Record<string, unknown>,
  end: Date,
  checked = false,
) => {
  // Only what the public could read just before the end is news: the collection's own rule (a
  // host's override included), asked as of the instant before (unless the caller just did).
  if (
    !checked &&
    !(await publicDocsAt(req, slug, [doc.id as number | string], new Date(end.getTime() - 1)))
      .length
  ) {
    return []
  }
  return enqueueChange({
    doc,
    event: 'unpublish',
    id: lapseKey(slug, doc.id, end),
    key,
    occurredAt: end,
    options,
    req,
    slug,
  })
}

/**
 * Tells the site a document became public without being saved: its consent was renewed past an
 * end that had already passed, a revocation was withdrawn (its `visibleUntil` is moved straight
 * in the database), or an instant its collection's read rule compares with the clock passed (a
 * host's rule that publishes an article from its `publishedAt`). Without this the site would
 * keep it hidden until some other change. `at` is the instant, when one passed; sent once per
 * document and instant.
 */
export const reportReturn = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  key: SmpCollectionKey,
  slug: string,
  doc: Record<string, unknown>,
  at?: Date,
  checked = false,
) => {
  // Public again by the collection's own rule, now (unless the caller just asked it); otherwise
  // there is nothing to tell.
  if (!checked && !(await publicDocs(req, slug, [doc.id as number | string])).length) {
    return []
  }
  const occurredAt = at ?? options.clock()
  return enqueueChange({
    doc,
    event: 'publish',
    id: at
      ? `appear:${slug}:${String(doc.id)}:${at.toISOString()}`
      : `return:${slug}:${String(doc.id)}:${String(doc.visibleUntil)}:${occurredAt.toISOString()}`,
    key,
    occurredAt,
    options,
    req,
    slug,
  })
}
