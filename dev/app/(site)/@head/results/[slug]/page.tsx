import { slugHead } from '../../../_components/SlugHead.js'
import { readGallery } from '../../../results/[slug]/readGallery.js'

// As the page: rendered on its first request, kept until a webhook expires it.
export const generateStaticParams = () => []

/**
 * The gallery's JSON-LD in the document head.
 */
const GalleryHead = slugHead(readGallery)

export default GalleryHead
