/**
 * The treatments a clinic offers, shared by galleries, testimonials and practitioners' specialties
 * so that filtering by treatment means the same everywhere.
 */
export const treatmentTypes = [
  { label: 'Hairline', value: 'hairline' },
  { label: 'Density', value: 'density' },
  { label: 'Scar camouflage', value: 'scar-camouflage' },
  { label: 'Alopecia coverage', value: 'alopecia-coverage' },
  { label: 'Female thinning', value: 'female-thinning' },
  { label: 'Other', value: 'other' },
]
