import type { Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { editorsOnlyField } from './editorsOnly.js'
import { translated } from '../translations/translated.js'

/**
 * Stands for "no end" in `publicUntil`: an image used by a published article or profile stays
 * public for as long as that use lasts.
 */
export const forever = '9999-12-31T23:59:59.999Z'

/**
 * Every image is private until published clinic content shows it. `publicUntil` is recomputed by
 * every change that can affect it (a gallery, article or profile saved or deleted, a consent
 * changed) and compared with the clock on every read, so a photo stops being served the instant
 * its gallery's consent ends. `alwaysPublic` is for images used outside clinic content.
 */
export const imageVisibilityFields = (options: SanitizedSmpClinicOptions): Field[] => [
  {
    name: 'publicUntil',
    type: 'date',
    access: {
      create: () => false,
      read: editorsOnlyField(options),
      update: () => false,
    },
    admin: {
      date: { pickerAppearance: 'dayAndTime' },
      description: translated('fieldPublicUntilDescription'),
      position: 'sidebar',
      readOnly: true,
    },
    index: true,
    label: translated('fieldPublicUntil'),
  },
  {
    name: 'alwaysPublic',
    type: 'checkbox',
    access: { read: editorsOnlyField(options) },
    admin: {
      description: translated('fieldAlwaysPublicDescription'),
      position: 'sidebar',
    },
    defaultValue: false,
    label: translated('fieldAlwaysPublic'),
  },
]
