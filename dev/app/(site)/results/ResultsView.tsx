import type { ResultsFilter } from './readResults.js'

import { EmptyState } from '../_components/EmptyState.js'
import { Gallery } from '../_components/Gallery.js'
import { stageLabels, treatmentLabels } from '../_lib/labels.js'
import { readResults } from './readResults.js'

/**
 * Every public gallery, filtered by treatment and hair-loss stage with a plain GET form (no script
 * needed). A gallery is public only while its client's consent lasts.
 */
export const ResultsView = async ({ stage, treatment }: ResultsFilter) => {
  const galleries = await readResults(treatment, stage)
  const filtered = Boolean(treatment || stage)
  return (
    <>
      <h1>Results</h1>
      <p className="lead">
        Real clients, photographed before and after treatment at the same angle and light.
      </p>
      <form action="/results" aria-label="Filter results" className="filters" method="get">
        <label>
          Treatment
          <select defaultValue={treatment ?? ''} name="treatment">
            <option value="">All treatments</option>
            {Object.entries(treatmentLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Hair-loss stage
          <select defaultValue={stage ?? ''} name="stage">
            <option value="">All stages</option>
            {Object.entries(stageLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button className="button" type="submit">
          Show results
        </button>
      </form>
      {galleries.length ? (
        galleries.map((gallery) => <Gallery gallery={gallery} key={gallery.id} />)
      ) : (
        <EmptyState
          title={filtered ? 'No results match these filters' : 'No results published yet'}
        >
          {filtered
            ? 'Try another treatment or stage, or show all results.'
            : 'Before-and-after photos appear here only with the written consent of the client, and only while that consent lasts.'}
        </EmptyState>
      )}
    </>
  )
}
