import type {
  BeforeAfterGallery_HairLossStage,
  BeforeAfterGallery_Pairs_Angle,
  BeforeAfterGallery_TreatmentType,
} from '../_gql/graphql.js'

/**
 * The words a visitor reads for the API's option values.
 */
export const treatmentLabels: Record<BeforeAfterGallery_TreatmentType, string> = {
  alopecia_coverage: 'Alopecia coverage',
  density: 'Density',
  female_thinning: 'Female thinning',
  hairline: 'Hairline',
  other: 'Other',
  scar_camouflage: 'Scar camouflage',
}

export const stageLabels: Record<BeforeAfterGallery_HairLossStage, string> = {
  ludwig_i: 'Ludwig I',
  ludwig_ii: 'Ludwig II',
  ludwig_iii: 'Ludwig III',
  norwood_i: 'Norwood I',
  norwood_ii: 'Norwood II',
  norwood_iia: 'Norwood IIa',
  norwood_iii: 'Norwood III',
  norwood_iii_vertex: 'Norwood III vertex',
  norwood_iiia: 'Norwood IIIa',
  norwood_iv: 'Norwood IV',
  norwood_iva: 'Norwood IVa',
  norwood_v: 'Norwood V',
  norwood_va: 'Norwood Va',
  norwood_vi: 'Norwood VI',
  norwood_vii: 'Norwood VII',
}

export const angleLabels: Record<BeforeAfterGallery_Pairs_Angle, string> = {
  back: 'Back',
  front: 'Front',
  left: 'Left side',
  right: 'Right side',
  top: 'Top',
}

export const formatDate = (iso: null | string | undefined): string | undefined =>
  iso ? new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(iso)) : undefined
