import type { PluginSmpClinicTranslationKey } from '../translations/index.js'

import { en } from '../translations/en.js'
import { translationNamespace } from '../translations/namespace.js'
import { translatedOptions } from '../translations/translatedOptions.js'

/**
 * The treatments a clinic offers, shared by galleries, testimonials and practitioners' specialties
 * so that filtering by treatment means the same everywhere. Values are spelled as GraphQL enum
 * values, so REST and GraphQL use the same word.
 */
const treatmentKeys = {
  hairline: 'treatmentHairline',
  density: 'treatmentDensity',
  scar_camouflage: 'treatmentScarCamouflage',
  alopecia_coverage: 'treatmentAlopeciaCoverage',
  female_thinning: 'treatmentFemaleThinning',
  other: 'treatmentOther',
} as const satisfies Record<string, PluginSmpClinicTranslationKey>

/**
 * The treatments named in English, as structured data describes them to search engines.
 */
export const treatmentTypes = Object.entries(treatmentKeys).map(([value, key]) => ({
  label: en[translationNamespace][key],
  value,
}))

/**
 * The treatments as select options, named in the editor's language.
 */
export const treatmentOptions = translatedOptions(treatmentKeys)
