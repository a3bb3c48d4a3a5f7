import type { Metadata } from 'next'

import { notFound } from 'next/navigation.js'

import { Gallery } from '../../_components/Gallery.js'
import { metadataOf } from '../../_lib/metadata.js'
import { isPreview } from '../../_lib/request.js'
import { readGallery } from './readGallery.js'

type Args = { params: Promise<{ slug: string }> }

// Rendered on first request, kept until a webhook expires it (a consent ending among them).
export const generateStaticParams = () => []

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
      <Gallery gallery={gallery} headingLevel={1} linkTitle={false} />
      <p>
        <a href="/results">All results</a>
      </p>
    </>
  )
}

export default GalleryPage
