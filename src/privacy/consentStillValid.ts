import type { Where } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { notSample } from './notSample.js'

/**
 * Public reads of consent-bound documents: never samples, and only while the consent is still in
 * effect at the moment of the read. `visibleUntil` (the earlier of the consent's expiry and
 * revocation date) is compared with the clock on every query, so content disappears at that
 * instant on every path, with no scheduled job.
 */
export const consentStillValid = (options: SanitizedSmpClinicOptions): Where =>
  // Without consent records (`consents: false`) there is no end to compare with.
  options.slugs.consents
    ? {
        and: [
          notSample(),
          {
            or: [
              { visibleUntil: { exists: false } },
              { visibleUntil: { greater_than: options.clock().toISOString() } },
            ],
          },
        ],
      }
    : notSample()
