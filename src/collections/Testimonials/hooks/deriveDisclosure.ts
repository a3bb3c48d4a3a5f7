import type { CollectionBeforeChangeHook } from 'payload'

import type { Testimonial } from '../../../generated/documentTypes.js'

import { type ClinicRelationship, disclosureText } from '../disclosure.js'

/**
 * Derives the disclosure from the relationship and incentive on every save, so editors cannot
 * forget or soften it.
 */
export const deriveDisclosure: CollectionBeforeChangeHook<Testimonial> = ({
  data,
  originalDoc,
}) => {
  const relationship = (data.clinicRelationship ?? originalDoc?.clinicRelationship) as
    ClinicRelationship | undefined
  const incentive = (data.incentive ?? originalDoc?.incentive) as string | undefined
  data.disclosure = disclosureText(relationship, incentive)
  return data
}
