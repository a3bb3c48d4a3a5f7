import type { Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { editorsOnlyField } from '../privacy/editorsOnly.js'
import { translated } from '../translations/translated.js'
import { relationTo } from './relationTo.js'

/**
 * The consent behind a testimonial or gallery, and the instant it ends (`visibleUntil`, kept current by
 * the consent's own hooks). The consent itself is neither readable nor queryable by the public, so
 * consent records cannot be probed through the content. `visibleUntil` is for editors too: a
 * revocation dated ahead moves it earlier, and a public value would tell anyone watching that the
 * client withdrew before it takes effect. A site schedules its rebuilds from
 * `GET /api/smp-clinic/next-change` instead, which names no document and looks only a day ahead.
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
        description: translated('fieldConsentDescription'),
        position: 'sidebar',
      },
      label: translated('fieldConsent'),
      to: 'consents',
    }),
    {
      name: 'visibleUntil',
      type: 'date',
      // Written by the consent's hooks, never by a request body; read by editors only.
      access: hidden,
      admin: { disableListColumn: true, hidden: true },
      index: true,
      label: translated('fieldVisibleUntil'),
    },
  ]
}
