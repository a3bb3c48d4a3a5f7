/**
 * How the author of a testimonial is connected to the clinic. Anything but `none` is a material
 * connection that advertising rules require to be disclosed next to the testimonial.
 */
export const clinicRelationships = [
  { label: 'No connection', value: 'none' },
  { label: 'Employee of the clinic', value: 'employee' },
  { label: 'Family of staff', value: 'family' },
  { label: 'Paid for the testimonial', value: 'paid' },
  { label: 'Discounted treatment', value: 'discounted' },
] as const

export type ClinicRelationship = (typeof clinicRelationships)[number]['value']

const sentences: Record<ClinicRelationship, string> = {
  discounted: 'The author received discounted treatment.',
  employee: 'The author works for the clinic.',
  family: 'The author is a family member of clinic staff.',
  none: '',
  paid: 'The author was paid for this testimonial.',
}

/**
 * The disclosure served with a testimonial, empty when there is nothing to disclose.
 */
export const disclosureText = (
  relationship: ClinicRelationship | null | undefined,
  incentive: null | string | undefined,
): string => {
  const parts = [sentences[relationship ?? 'none']]
  const given = incentive?.trim()
  if (given) {
    parts.push(`Incentive given: ${given.replace(/\.$/, '')}.`)
  }
  return parts.filter(Boolean).join(' ')
}
