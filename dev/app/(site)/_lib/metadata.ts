import type { Metadata } from 'next'

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

export const metadataOf = (meta: null | SeoFields | undefined, fallbackTitle: string): Metadata => {
  const title = meta?.title || fallbackTitle
  const description = meta?.description ?? undefined
  return {
    alternates: meta?.canonical ? { canonical: meta.canonical } : undefined,
    description,
    openGraph: {
      description,
      images: meta?.image?.url ? [{ alt: meta.image.alt, url: meta.image.url }] : undefined,
      title,
      type: 'website',
    },
    title,
  }
}
