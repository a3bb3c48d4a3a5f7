import { cache } from 'react'

import type {
  BeforeAfterGallery_HairLossStage,
  BeforeAfterGallery_TreatmentType,
  BeforeAfterGallery_Where,
} from '../_gql/graphql.js'

import { ResultsDocument } from '../_gql/graphql.js'
import { stageLabels, treatmentLabels } from '../_lib/labels.js'
import { request } from '../_lib/request.js'
import { collectionTags } from '../_lib/tags.js'

export type ResultsFilter = {
  stage?: BeforeAfterGallery_HairLossStage
  treatment?: BeforeAfterGallery_TreatmentType
}

/**
 * A query-string value that names one of the options, else nothing: an unknown value shows every
 * gallery rather than an error.
 */
const optionOf = <T extends string>(labels: Record<T, string>, value: unknown): T | undefined =>
  typeof value === 'string' && Object.hasOwn(labels, value) ? (value as T) : undefined

/**
 * The filter a results URL asks for (`?treatment=…&stage=…`), keeping only known options.
 */
export const resultsFilterOf = (
  query: Record<string, string | string[] | undefined>,
): ResultsFilter => ({
  stage: optionOf<BeforeAfterGallery_HairLossStage>(stageLabels, query.stage),
  treatment: optionOf<BeforeAfterGallery_TreatmentType>(treatmentLabels, query.treatment),
})

/**
 * Every public gallery matching the filter. A gallery is public only while its client's consent
 * lasts, which the API decides at each read.
 */
export const readResults = cache(
  async (
    treatment: BeforeAfterGallery_TreatmentType | undefined,
    stage: BeforeAfterGallery_HairLossStage | undefined,
  ) => {
    const where: BeforeAfterGallery_Where = {
      ...(treatment ? { treatmentType: { equals: treatment } } : {}),
      ...(stage ? { hairLossStage: { equals: stage } } : {}),
    }
    const { BeforeAfterGalleries } = await request(ResultsDocument, { where }, [
      collectionTags.galleries,
      collectionTags.practitioners,
    ])
    return BeforeAfterGalleries?.docs ?? []
  },
)
