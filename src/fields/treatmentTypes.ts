/**
 * The treatments a clinic offers, shared by galleries, testimonials and practitioners' specialties
 * so that filtering by treatment means the same everywhere. Values are spelled as GraphQL enum
 * values, so REST and GraphQL use the same word.
 */
export const treatmentTypes = [
  { label: 'Hairline', value: 'hairline' },
  { label: 'Density', value: 'density' },
  { label: 'Scar camouflage', value: 'scar_camouflage' },
  { label: 'Alopecia coverage', value: 'alopecia_coverage' },
  { label: 'Female thinning', value: 'female_thinning' },
  { label: 'Other', value: 'other' },
]
