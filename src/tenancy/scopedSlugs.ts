import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

export const clinicKeys: SmpCollectionKey[] = [
  'articles',
  'beforeAfterGalleries',
  'consents',
  'faqs',
  'media',
  'practitioners',
  'testimonials',
  'topics',
]

/**
 * The collections each clinic of a chain keeps apart: every content collection, the media,
 * consents, and (when on) the public form's submissions and the imported reviews.
 */
export const tenantScopedSlugs = (options: SanitizedSmpClinicOptions): string[] => [
  ...clinicKeys.map((key) => options.slugs[key]).filter((slug): slug is string => Boolean(slug)),
  ...(options.submissions ? [options.submissions.slug] : []),
  ...(options.externalReviews ? [options.externalReviews.slug] : []),
]
