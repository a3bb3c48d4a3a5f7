import type { Metadata } from 'next'

import { pageMetadata } from '../_lib/metadata.js'
import { ResultsView } from './ResultsView.js'

export const generateMetadata = (): Promise<Metadata> =>
  pageMetadata('/results', {
    description: 'Before-and-after photos of real clients, shown with their written consent.',
    title: 'Results',
  })

/**
 * Every public gallery, rendered ahead and kept until a webhook expires it. A filtered view
 * (`/results?treatment=…`) is served by `results-filtered` instead (see next.config.mjs).
 */
const ResultsPage = () => <ResultsView />

export default ResultsPage
