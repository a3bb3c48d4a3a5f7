import type { SmpCollectionKey } from './types.js'

/**
 * The slug each collection gets unless the host renames it.
 */
export const defaultSlugs: Record<SmpCollectionKey, string> = {
  articles: 'articles',
  beforeAfterGalleries: 'before-after-galleries',
  consents: 'consents',
  faqs: 'faqs',
  media: 'media',
  practitioners: 'practitioners',
  testimonials: 'testimonials',
  topics: 'topics',
}
