import type { Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

/**
 * A "results vary" statement served with every result a client could read as a promise.
 */
export const disclaimer = (options: SanitizedSmpClinicOptions, defaultValue: string): Field => ({
  name: 'disclaimer',
  type: 'textarea',
  admin: { description: 'Shown with the content. Keep a "results vary" statement.' },
  defaultValue,
  label: 'Disclaimer',
  localized: options.localize,
  // Checked here rather than with `required`, which would make API clients send the default too.
  validate: (value: null | string | undefined) =>
    value?.trim() ? true : 'Keep a disclaimer such as "Individual results vary."',
})
