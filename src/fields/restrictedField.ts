import type { Field } from 'payload'

/**
 * Set by galleries on the photos they hold: a restricted image is readable by editors only.
 */
export const restrictedField = (): Field => ({
  name: 'restricted',
  type: 'checkbox',
  admin: {
    description:
      'Set automatically while the image belongs to a gallery that is not published with valid consent.',
    position: 'sidebar',
    readOnly: true,
  },
  defaultValue: false,
  index: true,
  label: 'Private (consent pending)',
})
