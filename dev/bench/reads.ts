import { bareGraphQLName, bareSlug } from './bareCopy.js'

/**
 * The plugin's collection, or its bare copy.
 */
export type Side = 'bare' | 'plugin'

export const sides: Side[] = ['plugin', 'bare']

export type ReadRequest = {
  body?: string
  headers?: Record<string, string>
  method: 'GET' | 'POST'
  path: string
}

/**
 * One read a page of the site makes, asked of either side the same way.
 */
export type Read = {
  /**
   * Short and stable: the key in the JSON results.
   */
  key: string
  label: string
  request: (side: Side) => ReadRequest
  /**
   * The documents a response holds.
   */
  docs: (body: unknown) => unknown[]
}

const restDocs = (body: unknown) => {
  const docs = (body as { docs?: unknown })?.docs
  return Array.isArray(docs) ? docs : []
}

const rest = (key: string, label: string, slug: string, query: string): Read => ({
  docs: restDocs,
  key,
  label,
  request: (side) => ({
    method: 'GET',
    path: `/api/${side === 'plugin' ? slug : bareSlug(slug)}?${query}`,
  }),
})

/**
 * What an article page shows: the article with its hero image, author, topics and related FAQs,
 * its table of contents and SEO values, and (the plugin's only) its structured data.
 */
const articlePageQuery = (root: string, jsonLd: boolean) => `query ArticlePage($slug: String) {
  ${root}(where: { slug: { equals: $slug } }, limit: 1) {
    docs {
      id title slug excerpt body publishedAt reviewedAt readingTime updatedAt
      tableOfContents { text anchor level }
      references { marker label url }
      heroImage { id alt url width height }
      author { id name slug title credentials photo { id alt url } }
      topics { id name slug }
      relatedFaqs { id question answer }
      meta { title description canonical image { id url } }${jsonLd ? '\n      jsonLd' : ''}
    }
  }
}`

export const articleBySlug = (slug: string): Read =>
  rest(
    'articleBySlug',
    'REST article by slug',
    'articles',
    `where[slug][equals]=${encodeURIComponent(slug)}&depth=1&limit=1`,
  )

export const articlePage = (slug: string): Read => ({
  docs: (body) => {
    const data = (body as { data?: Record<string, { docs?: unknown[] }> })?.data
    const docs = data && Object.values(data)[0]?.docs
    return Array.isArray(docs) ? docs : []
  },
  key: 'graphqlArticlePage',
  label: 'GraphQL article page',
  request: (side) => ({
    body: JSON.stringify({
      query: articlePageQuery(
        side === 'plugin' ? 'Articles' : bareGraphQLName('Articles'),
        side === 'plugin',
      ),
      variables: { slug },
    }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    path: '/api/graphql',
  }),
})

/**
 * Every read the bench times, in report order.
 */
export const benchReads = ({
  articleSlug,
  practitionerSlug,
}: {
  articleSlug: string
  practitionerSlug: string
}): Read[] => [
  articleBySlug(articleSlug),
  rest('articleList', 'REST article list', 'articles', 'limit=10&sort=-publishedAt&depth=1'),
  articlePage(articleSlug),
  rest(
    'practitionerBySlug',
    'REST practitioner by slug',
    'practitioners',
    `where[slug][equals]=${encodeURIComponent(practitionerSlug)}&depth=1&limit=1`,
  ),
  // The clinic's order: FAQs are orderable, and their page lists them by `_order`.
  rest('faqList', 'REST FAQ list', 'faqs', 'limit=10&sort=_order&depth=1'),
  rest('galleryList', 'REST gallery list', 'before-after-galleries', 'limit=10&depth=1'),
  rest('testimonialList', 'REST testimonial list', 'testimonials', 'limit=10&depth=1'),
]
