import type { CollectionSlug, Payload } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { forever } from './imageVisibilityFields.js'

/**
 * The next instant anything public stops being public on its own: a consent-bound gallery or
 * testimonial reaching its `visibleUntil`, or an image its `publicUntil`. Nothing else changes
 * with the clock alone (every other change is a write). Undefined when nothing is due.
 */
export const nextVisibilityChange = async (
  payload: Payload,
  options: SanitizedSmpClinicOptions,
): Promise<Date | undefined> => {
  const now = options.clock().toISOString()
  const ends: [string | undefined, string][] = [
    [options.slugs.consents && options.slugs.beforeAfterGalleries, 'visibleUntil'],
    [options.slugs.consents && options.slugs.testimonials, 'visibleUntil'],
    [options.slugs.media, 'publicUntil'],
  ]
  let soonest: Date | undefined
  for (const [slug, field] of ends) {
    if (!slug) {
      continue
    }
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      select: { [field]: true },
      sort: field,
      where: { and: [{ [field]: { greater_than: now } }, { [field]: { less_than: forever } }] },
    })
    const value = (docs[0] as Record<string, unknown> | undefined)?.[field]
    const end = typeof value === 'string' ? new Date(value) : undefined
    if (end && (!soonest || end < soonest)) {
      soonest = end
    }
  }
  return soonest
}
