import { slugHead } from '../../../_components/SlugHead.js'
import { readPractitioner } from '../../../practitioners/[slug]/readPractitioner.js'

// As the page: rendered on its first request, kept until a webhook expires it.
export const generateStaticParams = () => []

/**
 * The practitioner's JSON-LD in the document head.
 */
const PractitionerHead = slugHead(readPractitioner)

export default PractitionerHead
