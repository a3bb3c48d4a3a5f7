import type { Access } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

/**
 * Consent records hold clients' names and signed documents: only their managers see them.
 */
export const consentManagersOnly =
  (options: SanitizedSmpClinicOptions): Access =>
  ({ req }) =>
    options.access.canManageConsents({ req })
