import type { Metadata } from 'next'

import { notFound } from 'next/navigation.js'
import { cache } from 'react'

import { Gallery } from '../../_components/Gallery.js'
import { StructuredData } from '../../_components/StructuredData.js'
import { GalleryDocument } from '../../_gql/graphql.js'
import { metadataOf } from '../../_lib/metadata.js'
import { isPreview, request } from '../../_lib/request.js'
import { collectionTags, slugTag } from '../../_lib/tags.js'

type Args = { params: Promise<{ slug: string }> }

// Rendered on first request, kept until a webhook expires it (a consent ending among them).
export const generateStaticParams = () => []

const readGallery = cache(async (slug: string, draft: boolean) => {
  const { BeforeAfterGalleries } = await request(GalleryDocument, { draft, slug }, [
    slugTag(collectionTags.galleries, slug),
    collectionTags.practitioners,
  ])
  return BeforeAfterGalleries?.docs[0]
})

export const generateMetadata = async ({ params }: Args): Promise<Metadata> => {
  const gallery = await readGallery((await params).slug, await isPreview())
  return gallery ? metadataOf(gallery.meta, gallery.title ?? '') : {}
}

/**
 * One gallery: the page live preview and the sitemap point at (`/results/{slug}`).
 */
const GalleryPage = async ({ params }: Args) => {
  const gallery = await readGallery((await params).slug, await isPreview())
  if (!gallery) {
    notFound()
  }
  return (
    <>
      <StructuredData jsonLd={gallery.jsonLd} />
      <Gallery gallery={gallery} headingLevel={1} linkTitle={false} />
      <p>
        <a href="/results">All results</a>
      </p>
    </>
  )
}

export default GalleryPage
