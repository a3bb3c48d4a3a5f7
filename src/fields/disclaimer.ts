import type { Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { translate, translated } from '../translations/translated.js'

/**
 * A "results vary" statement served with every result a client could read as a promise. The
 * default is content, written in English like the seed; editors translate it per locale.
 */
export const disclaimer = (options: SanitizedSmpClinicOptions, defaultValue: string): Field => ({
  name: 'disclaimer',
  type: 'textarea',
  admin: { description: translated('fieldDisclaimerDescription') },
  defaultValue,
  label: translated('fieldDisclaimer'),
  localized: options.localize,
  // Checked here rather than with `required`, which would make API clients send the default too.
  validate: (value: null | string | undefined, { req }) =>
    value?.trim() ? true : translate(req, 'fieldDisclaimerRequired'),
})
