import type { Where } from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

/**
 * Public reads of consent-bound documents: never samples, and only while the consent is still in
 * effect at the moment of the read. `visibleUntil` (the earlier of the consent's expiry and
 * revocation date) is compared with the clock on every query, so content disappears at that
 * instant on every path, with no scheduled job.
 */
export const consentStillValid = (options: SanitizedSmpClinicOptions): Where => ({
  and: [
    { isSample: { not_equals: true } },
    {
      or: [
        { visibleUntil: { exists: false } },
        { visibleUntil: { greater_than: options.now().toISOString() } },
      ],
    },
  ],
})
