import { StructuredData } from '../../_components/StructuredData.js'
import { mergeJsonLd } from '../../_lib/mergeJsonLd.js'
import { readResults } from '../../results/readResults.js'

/**
 * The `ImageGallery` of each gallery the results page shows, in one graph (the clinic once).
 */
const ResultsHead = async () => (
  <StructuredData
    jsonLd={mergeJsonLd((await readResults(undefined, undefined)).map((gallery) => gallery.jsonLd))}
  />
)

export default ResultsHead
