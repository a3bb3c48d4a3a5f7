import { notFound } from 'next/navigation.js'

import { Gallery } from '../../_components/Gallery.js'
import { docOf, metadataBySlug, type SlugArgs } from '../../_lib/slugPage.js'
import { readGallery } from './readGallery.js'

// Rendered on first request, kept until a webhook expires it (a consent ending among them).
export const generateStaticParams = () => []

export const generateMetadata = metadataBySlug(readGallery, (gallery) => gallery.title ?? '')

/**
 * One gallery: the page live preview and the sitemap point at (`/results/{slug}`).
 */
const GalleryPage = async (args: SlugArgs) => {
  const gallery = await docOf(readGallery, args)
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
