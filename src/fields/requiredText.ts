import type { TextField } from 'payload'

import type { PluginSmpClinicTranslationKey } from '../translations/index.js'

import { translate, translated } from '../translations/translated.js'

/**
 * A text field that must hold something other than white space: Payload's `required` accepts
 * "   ", which would let a record pass with nothing in it. `keys` name its label, the message
 * when it is empty, and its description if it has one.
 */
export const requiredText = (
  name: string,
  keys: {
    description?: PluginSmpClinicTranslationKey
    label: PluginSmpClinicTranslationKey
    required: PluginSmpClinicTranslationKey
  },
): TextField => ({
  name,
  type: 'text',
  ...(keys.description ? { admin: { description: translated(keys.description) } } : {}),
  label: translated(keys.label),
  required: true,
  validate: (value: unknown, { req }) =>
    typeof value === 'string' && value.trim() !== '' ? true : translate(req, keys.required),
})
