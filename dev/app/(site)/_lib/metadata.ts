import type { Metadata } from 'next'

import { clinicName } from './clinic.js'

/**
 * The `meta` group the plugin fills for articles, practitioners and galleries (its empty values
 * already follow the content), as Next.js metadata with Open Graph.
 */
export type SeoFields = {
  canonical: null | string
  description: null | string
  image: { alt: string; url: null | string } | null
  title: null | string
}

export const metadataOf = async (
  meta: null | SeoFields | undefined,
  fallbackTitle: string,
  type: 'article' | 'profile' | 'website' = 'website',
): Promise<Metadata> => {
  const title = meta?.title || fallbackTitle
  const description = meta?.description ?? undefined
  return {
    alternates: meta?.canonical ? { canonical: meta.canonical } : undefined,
    description,
    // A page's Open Graph replaces the layout's whole: the site's name is given again.
    openGraph: {
      description,
      images: meta?.image?.url ? [{ alt: meta.image.alt, url: meta.image.url }] : undefined,
      siteName: await clinicName(),
      title,
      type,
      url: meta?.canonical ?? undefined,
    },
    title,
  }
}

/**
 * The canonical address and Open Graph of a page with no document of its own (home, FAQ,
 * results), relative to the site's address (`metadataBase`).
 */
export const pageMetadata = async (path: string, fields: Metadata = {}): Promise<Metadata> => ({
  ...fields,
  alternates: { canonical: path },
  openGraph: {
    description: fields.description ?? undefined,
    siteName: await clinicName(),
    title: typeof fields.title === 'string' ? fields.title : undefined,
    type: 'website',
    url: path,
  },
})
