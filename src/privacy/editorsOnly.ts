import type { Access, FieldAccess } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

/**
 * Collection access for operations only the clinic's editors may perform.
 */
export const editorsOnly =
  (options: SanitizedSmpClinicOptions): Access =>
  ({ req }) =>
    options.access.canEdit({ req })

/**
 * Field access for fields whose values the public must never see or query.
 */
export const editorsOnlyField =
  (options: SanitizedSmpClinicOptions): FieldAccess =>
  ({ req }) =>
    options.access.canEdit({ req })
