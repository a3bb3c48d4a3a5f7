import { StructuredData } from '../../_components/StructuredData.js'
import { readResults } from '../../results/readResults.js'

/**
 * One `ImageGallery` per gallery the results page shows.
 */
const ResultsHead = async () =>
  (await readResults(undefined, undefined)).map((gallery) => (
    <StructuredData jsonLd={gallery.jsonLd} key={gallery.id} />
  ))

export default ResultsHead
