import type { Metadata } from 'next'

import type {
  BeforeAfterGallery_HairLossStage,
  BeforeAfterGallery_TreatmentType,
  BeforeAfterGallery_Where,
} from '../_gql/graphql.js'

import { EmptyState } from '../_components/EmptyState.js'
import { Gallery } from '../_components/Gallery.js'
import { StructuredData } from '../_components/StructuredData.js'
import { ResultsDocument } from '../_gql/graphql.js'
import { stageLabels, treatmentLabels } from '../_lib/labels.js'
import { request } from '../_lib/request.js'
import { collectionTags } from '../_lib/tags.js'

export const metadata: Metadata = {
  description: 'Before-and-after photos of real clients, shown with their written consent.',
  title: 'Results',
}

type Args = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * A query-string value that names one of the options, else nothing: an unknown value shows every
 * gallery rather than an error.
 */
const optionOf = <T extends string>(labels: Record<T, string>, value: unknown): T | undefined =>
  typeof value === 'string' && Object.hasOwn(labels, value) ? (value as T) : undefined

/**
 * Every public gallery, filtered by treatment and hair-loss stage with a plain GET form (no script
 * needed). A gallery is public only while its client's consent lasts.
 */
const ResultsPage = async ({ searchParams }: Args) => {
  const query = await searchParams
  const treatment = optionOf<BeforeAfterGallery_TreatmentType>(treatmentLabels, query.treatment)
  const stage = optionOf<BeforeAfterGallery_HairLossStage>(stageLabels, query.stage)
  const where: BeforeAfterGallery_Where = {
    ...(treatment ? { treatmentType: { equals: treatment } } : {}),
    ...(stage ? { hairLossStage: { equals: stage } } : {}),
  }
  const galleries =
    (
      await request(ResultsDocument, { where }, [
        collectionTags.galleries,
        collectionTags.practitioners,
      ])
    ).BeforeAfterGalleries?.docs ?? []
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
        galleries.map((gallery) => (
          <div key={gallery.id}>
            <StructuredData jsonLd={gallery.jsonLd} />
            <Gallery gallery={gallery} />
          </div>
        ))
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

export default ResultsPage
