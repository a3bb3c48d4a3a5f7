import { StructuredData } from '../../../_components/StructuredData.js'
import { isPreview } from '../../../_lib/request.js'
import { readGallery } from '../../../results/[slug]/readGallery.js'

export const generateStaticParams = () => []

/**
 * The gallery's JSON-LD in the document head, from the same (deduplicated) read as the page.
 */
const GalleryHead = async ({ params }: { params: Promise<{ slug: string }> }) => {
  const gallery = await readGallery((await params).slug, await isPreview())
  return <StructuredData jsonLd={gallery?.jsonLd} />
}

export default GalleryHead
