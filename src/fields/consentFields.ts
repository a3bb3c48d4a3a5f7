import type { Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

import { editorsOnlyField } from '../access/editorsOnly.js'
import { relationTo } from './relationTo.js'

/**
 * The consent behind a testimonial or gallery. Neither the link nor the copied expiry is readable
 * or queryable by the public, so consent records cannot be probed through the content.
 */
export const consentFields = (options: SanitizedSmpClinicOptions): Field[] => {
  if (!options.slugs.consents) {
    return []
  }
  const hidden = {
    create: editorsOnlyField(options),
    read: editorsOnlyField(options),
    update: editorsOnlyField(options),
  }
  return [
    ...relationTo(options, {
      name: 'consent',
      access: hidden,
      admin: {
        description:
          'The signed consent covering website use. Required to publish; publishing stops when it is revoked or expires.',
        position: 'sidebar',
      },
      label: 'Consent',
      to: 'consents',
    }),
    {
      name: 'consentExpiresAt',
      type: 'date',
      access: hidden,
      admin: { disableListColumn: true, hidden: true },
      index: true,
      label: 'Consent expires at',
    },
  ]
}
