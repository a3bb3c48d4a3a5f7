import { StructuredData } from '../../../_components/StructuredData.js'
import { isPreview } from '../../../_lib/request.js'
import { readPractitioner } from '../../../practitioners/[slug]/readPractitioner.js'

export const generateStaticParams = () => []

/**
 * The practitioner's JSON-LD in the document head, from the same (deduplicated) read as the page.
 */
const PractitionerHead = async ({ params }: { params: Promise<{ slug: string }> }) => {
  const practitioner = await readPractitioner((await params).slug, await isPreview())
  return <StructuredData jsonLd={practitioner?.jsonLd} />
}

export default PractitionerHead
