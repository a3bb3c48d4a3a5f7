import type { Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { editorsOnlyField } from '../privacy/editorsOnly.js'
import { translated } from '../translations/translated.js'
import { clientComponent } from '../options/adminComponents.js'

/**
 * `isSample` marks fictitious seed content for editors and keeps it out of public reads;
 * `seedKey` lets the seed recognise its own documents without matching on editable text. Both are
 * bookkeeping: the public can neither read nor query them.
 */
export const sampleFields = (options: SanitizedSmpClinicOptions): Field[] => [
  {
    name: 'isSample',
    type: 'checkbox',
    access: { read: editorsOnlyField(options) },
    admin: {
      components: { Cell: clientComponent('SampleCell') },
      description: translated('fieldSampleDescription'),
      position: 'sidebar',
      readOnly: true,
    },
    defaultValue: false,
    label: translated('fieldSample'),
  },
  seedKeyField(options),
]

export const seedKeyField = (options: SanitizedSmpClinicOptions): Field => ({
  name: 'seedKey',
  type: 'text',
  access: { read: editorsOnlyField(options) },
  admin: { disableListColumn: true, disableListFilter: true, hidden: true },
  index: true,
  label: translated('fieldSeedKey'),
})
