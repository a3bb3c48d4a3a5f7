import type { Access } from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

/**
 * Media is public except photos held back by a gallery that is not yet publishable.
 */
export const unrestrictedOrEditors =
  (options: SanitizedSmpClinicOptions): Access =>
  async ({ req }) =>
    (await options.access.canEdit({ req })) || { restricted: { not_equals: true } }
