import type { CollectionBeforeChangeHook } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../../options/types.js'
import type { Testimonial } from '../../../generated/documentTypes.js'

/**
 * Keeps the provenance times true whatever a request sends: when the testimonial reached the
 * clinic is set once (for testimonials older than the field, their creation), and when the
 * client was verified is set the moment an editor ticks "Verified client" and cleared with it.
 */
export const recordProvenance =
  (options: SanitizedSmpClinicOptions): CollectionBeforeChangeHook<Testimonial> =>
  ({ data, operation, originalDoc: stored }) => {
    const now = options.clock().toISOString()
    // A new testimonial starts its own provenance, whatever it was copied from.
    const originalDoc = operation === 'create' ? undefined : stored
    data.receivedAt = originalDoc?.receivedAt ?? originalDoc?.createdAt ?? now
    const verified = 'verifiedClient' in data ? data.verifiedClient : originalDoc?.verifiedClient
    data.verifiedAt = verified
      ? originalDoc?.verifiedClient && originalDoc.verifiedAt
        ? originalDoc.verifiedAt
        : now
      : null
    return data
  }
