import type { Metadata } from 'next'

import { resultsFilterOf } from '../results/readResults.js'
import { ResultsView } from '../results/ResultsView.js'

export const metadata: Metadata = {
  alternates: { canonical: '/results' },
  description: 'Before-and-after photos of real clients, shown with their written consent.',
  robots: { follow: true, index: false },
  title: 'Results',
}

type Args = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * The results page with a filter in its query string, where next.config.mjs sends it: the
 * combinations are open-ended, so this one is rendered per request (from the tagged data cache)
 * while the unfiltered page stays static.
 */
const FilteredResultsPage = async ({ searchParams }: Args) => (
  <ResultsView {...resultsFilterOf(await searchParams)} />
)

export default FilteredResultsPage
