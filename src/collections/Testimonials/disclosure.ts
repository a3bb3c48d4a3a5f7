import { translatedOptions } from '../../translations/translatedOptions.js'

export type ClinicRelationship = 'discounted' | 'employee' | 'family' | 'none' | 'paid'

/**
 * How the author of a testimonial is connected to the clinic. Anything but `none` is a material
 * connection that advertising rules require to be disclosed next to the testimonial.
 */
export const clinicRelationships = translatedOptions<ClinicRelationship>({
  none: 'testimonialRelationshipNone',
  employee: 'testimonialRelationshipEmployee',
  family: 'testimonialRelationshipFamily',
  paid: 'testimonialRelationshipPaid',
  discounted: 'testimonialRelationshipDiscounted',
})

/**
 * The disclosure itself is content served with the testimonial, in English like the rest of the
 * seeded text, whatever language the editor works in.
 */
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
