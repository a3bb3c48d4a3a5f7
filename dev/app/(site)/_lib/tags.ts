import { createHash } from 'node:crypto'

/**
 * Cache tags in the form the plugin's webhooks name them: a collection (`articles`), a document by
 * slug (`articles:slug:<slug>`). A page is tagged with every collection whose documents it shows,
 * so any public change to one of them expires it.
 */
export const collectionTags = {
  articles: 'articles',
  faqs: 'faqs',
  galleries: 'before-after-galleries',
  practitioners: 'practitioners',
  testimonials: 'testimonials',
  topics: 'topics',
} as const

/**
 * The clinic settings global: its webhook names its slug.
 */
export const settingsTag = 'clinic-settings'

export const slugTag = (collection: string, slug: string) => `${collection}:slug:${slug}`

/**
 * On every read the site makes: the server expires it once as it starts, so nothing prerendered
 * by `next build` (possibly from another database, under another address) outlives the start.
 */
export const siteTag = 'site'

/**
 * Next ignores a cache tag longer than 256 characters, with no more than a warning: a page tagged
 * only by a long slug would never expire. Such a tag is named by its hash instead, the same way
 * where a read is tagged and where a webhook expires it.
 */
export const cacheTag = (tag: string): string =>
  tag.length <= 256 ? tag : `sha256:${createHash('sha256').update(tag).digest('hex')}`
