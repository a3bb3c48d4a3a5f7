import { StructuredData } from '../../_components/StructuredData.js'
import { readResults, resultsFilterOf } from '../../results/readResults.js'

type Args = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * One `ImageGallery` per gallery the filtered results page shows, with the same filter.
 */
const FilteredResultsHead = async ({ searchParams }: Args) => {
  const { stage, treatment } = resultsFilterOf(await searchParams)
  return (await readResults(treatment, stage)).map((gallery) => (
    <StructuredData jsonLd={gallery.jsonLd} key={gallery.id} />
  ))
}

export default FilteredResultsHead
