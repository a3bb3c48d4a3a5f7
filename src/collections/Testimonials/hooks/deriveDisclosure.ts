import type { CollectionBeforeChangeHook } from 'payload'

import type { Testimonial } from '../../../generated/documentTypes.js'

import { type DisclosureFacts, disclosureText } from '../disclosure.js'

/**
 * Derives the disclosure from the testimonial's provenance on every save, so editors cannot
 * forget or soften it.
 */
export const deriveDisclosure: CollectionBeforeChangeHook<Testimonial> = ({
  data,
  originalDoc,
}) => {
  const current = <Key extends keyof Testimonial>(key: Key) =>
    key in data ? data[key] : originalDoc?.[key]
  data.disclosure = disclosureText({
    aiAssistance: current('aiAssistance') as DisclosureFacts['aiAssistance'],
    incentive: current('incentive') as DisclosureFacts['incentive'],
    relationship: current('clinicRelationship') as DisclosureFacts['relationship'],
    source: current('source') as DisclosureFacts['source'],
    sourceUrl: current('sourceUrl') as DisclosureFacts['sourceUrl'],
  })
  return data
}
