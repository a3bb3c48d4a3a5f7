import type { CollectionConfig } from 'payload'

import type {
  SanitizedSmpClinicOptions,
  SmpCollectionKey,
  SmpPreviewableKey,
} from '../options/types.js'
import type { GraphInput } from './structuredData.js'

import { fillJsonLd, jsonLdField } from './jsonLdField.js'
import { seoMetaField } from './seoMetaField.js'
import { sourceFields } from './sourceFields.js'
import { articleGraph, faqGraph, galleryGraph, practitionerGraph } from './structuredData.js'

const graphs: Partial<
  Record<SmpCollectionKey, (input: GraphInput) => Promise<Record<string, unknown>[]>>
> = {
  articles: articleGraph,
  beforeAfterGalleries: galleryGraph,
  faqs: faqGraph,
  practitioners: practitionerGraph,
}

const pages: SmpPreviewableKey[] = ['articles', 'beforeAfterGalleries', 'practitioners']

/**
 * Adds what a public page needs besides its content: `jsonLd` on articles, FAQs, practitioners and
 * galleries, and the `meta` group on the three kinds with a page of their own, unless
 * `@payloadcms/plugin-seo` adds its own (`covered`) or `site.seoFields` is false.
 */
export const withSiteData = (
  collection: CollectionConfig,
  options: SanitizedSmpClinicOptions,
  covered: Set<string>,
): CollectionConfig => {
  const key = (Object.keys(graphs) as SmpCollectionKey[]).find(
    (candidate) => options.slugs[candidate] === collection.slug,
  )
  if (!key) {
    return collection
  }
  const page = pages.find((candidate) => candidate === key)
  const meta =
    page && options.site.seoFields !== false && !covered.has(collection.slug)
      ? [seoMetaField(options, page)]
      : []
  return {
    ...collection,
    fields: [
      ...collection.fields,
      ...meta,
      jsonLdField(options, graphs[key]!, sourceFields[key as keyof typeof sourceFields]),
    ],
    hooks: {
      ...collection.hooks,
      afterRead: [fillJsonLd(options), ...(collection.hooks?.afterRead ?? [])],
    },
  }
}
