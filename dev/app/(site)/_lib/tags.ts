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

export const slugTag = (collection: string, slug: string) => `${collection}:slug:${slug}`

/**
 * On every read the site makes: the server expires it once as it starts, so nothing prerendered
 * by `next build` (possibly from another database, under another address) outlives the start.
 */
export const siteTag = 'site'
