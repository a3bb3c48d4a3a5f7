import type { Field } from 'payload'

import { clientComponent } from '../utilities/adminComponents.js'

/**
 * `isSample` marks fictitious seed content for editors and keeps it out of public reads;
 * `seedKey` lets the seed recognise its own documents without matching on editable text.
 */
export const sampleFields = (): Field[] => [
  {
    name: 'isSample',
    type: 'checkbox',
    admin: {
      components: { Cell: clientComponent('SampleCell') },
      description:
        'Sample content created by the seed. It is never shown publicly; replace it with a real record.',
      position: 'sidebar',
      readOnly: true,
    },
    defaultValue: false,
    label: 'Sample',
  },
  seedKeyField(),
]

export const seedKeyField = (): Field => ({
  name: 'seedKey',
  type: 'text',
  admin: { disableListColumn: true, disableListFilter: true, hidden: true },
  index: true,
  label: 'Seed key',
})
