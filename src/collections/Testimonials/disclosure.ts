import { translatedOptions } from '../../translations/translatedOptions.js'

export type ClinicRelationship = 'discounted' | 'employee' | 'family' | 'none' | 'paid' | 'partner'

/**
 * How the author of a testimonial is connected to the clinic. Anything but `none` is a material
 * connection that advertising rules (16 CFR 465.5, the FTC's Endorsement Guides) require to be
 * disclosed next to the testimonial.
 */
export const clinicRelationships = translatedOptions<ClinicRelationship>({
  none: 'testimonialRelationshipNone',
  employee: 'testimonialRelationshipEmployee',
  family: 'testimonialRelationshipFamily',
  partner: 'testimonialRelationshipPartner',
  paid: 'testimonialRelationshipPaid',
  discounted: 'testimonialRelationshipDiscounted',
})

export type AiAssistance = 'assisted' | 'generated' | 'none'

/**
 * Whether software wrote any of the words. A testimonial written by AI is not a client's
 * experience (16 CFR 465.2 bans it), so `generated` can be recorded but never published;
 * help with the wording is allowed and disclosed.
 */
export const aiAssistanceOptions = translatedOptions<AiAssistance>({
  none: 'testimonialAiNone',
  assisted: 'testimonialAiAssisted',
  generated: 'testimonialAiGenerated',
})

export type TestimonialSource = 'clinic' | 'imported' | 'submitted'

/**
 * What the disclosure is built from: the testimonial's provenance.
 */
export type DisclosureFacts = {
  aiAssistance?: AiAssistance | null
  incentive?: null | string
  relationship?: ClinicRelationship | null
  source?: null | TestimonialSource
  sourceUrl?: null | string
}

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
  partner: 'The author is a business partner of the clinic.',
}

const hostOf = (url: null | string | undefined): null | string => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null
  } catch {
    return null
  }
}

/**
 * The disclosure served with a testimonial, empty when there is nothing to disclose: a connection
 * with the clinic, an incentive, help from an AI tool, and where an imported review was first
 * posted.
 */
export const disclosureText = ({
  aiAssistance,
  incentive,
  relationship,
  source,
  sourceUrl,
}: DisclosureFacts): string => {
  const parts = [sentences[relationship ?? 'none']]
  const given = incentive?.trim()
  if (given) {
    parts.push(`Incentive given: ${given.replace(/\.$/, '')}.`)
  }
  if (aiAssistance === 'assisted') {
    parts.push('The author used an AI tool to help word this testimonial.')
  }
  const host = source === 'imported' ? hostOf(sourceUrl) : null
  if (host) {
    parts.push(`First posted on ${host}.`)
  }
  return parts.filter(Boolean).join(' ')
}
