import type { Validate } from 'payload'

import type { PluginSmpClinicTranslationKey } from '../translations/index.js'

import { translate } from '../translations/translated.js'

/**
 * Validation for a select that has a default: Payload's `required` would make the field non-null
 * in GraphQL input types, forcing API clients to send a value the server fills anyway. This
 * refuses a missing or unknown value instead, with the message under `message`.
 */
export const oneOf =
  (options: { value: string }[], message: PluginSmpClinicTranslationKey): Validate =>
  (value: unknown, { req }) =>
    typeof value === 'string' && options.some((option) => option.value === value)
      ? true
      : translate(req, message)
