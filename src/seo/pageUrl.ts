import type { SanitizedSmpClinicOptions, SmpPageKey } from '../options/types.js'

import { fillPreviewURL } from './livePreview.js'

export type PageDoc = { id?: unknown; slug?: unknown }

/**
 * The path of a document's page on the public site, from the `site.paths` template, or null when
 * the kind has no page or the document lacks what the template needs.
 */
export const pagePath = (
  options: SanitizedSmpClinicOptions,
  key: SmpPageKey,
  doc: PageDoc,
  locale?: null | string,
): null | string => {
  const template = options.site.paths[key]
  if (!template) {
    return null
  }
  return fillPreviewURL(template, {
    id: typeof doc.id === 'number' || typeof doc.id === 'string' ? doc.id : undefined,
    locale: locale ?? undefined,
    slug: typeof doc.slug === 'string' ? doc.slug : undefined,
  })
}

/**
 * The page's absolute URL when the site URL is known, else its path.
 */
export const pageUrl = (
  options: SanitizedSmpClinicOptions,
  key: SmpPageKey,
  doc: PageDoc,
  locale?: null | string,
): null | string => {
  const path = pagePath(options, key, doc, locale)
  return path === null ? null : `${options.site.url ?? ''}${path}`
}

/**
 * The site's own `@id`s: the organization, and one node per page (`#webpage`, `#person`…).
 */
export const siteNodeId = (options: SanitizedSmpClinicOptions, fragment: string): string =>
  `${options.site.url ?? ''}/#${fragment}`
