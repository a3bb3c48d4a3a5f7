import type { Field, FieldHook } from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

import { editorsOnlyField } from '../access/editorsOnly.js'
import { clientComponent } from '../utilities/adminComponents.js'
import { type ConsentTerms, consentStatus } from '../utilities/consentStatus.js'
import { consentStateLabels } from '../utilities/consentStateLabels.js'
import { relationId } from '../utilities/relationId.js'

const consentStateOptions = Object.entries(consentStateLabels).map(([value, label]) => ({
  label,
  value,
}))

/**
 * Works out, for editors only, whether the linked consent allows publishing right now. Not stored:
 * consents change (and lapse) on their own, so it is read fresh each time.
 */
const readConsentState =
  (options: SanitizedSmpClinicOptions): FieldHook =>
  async ({ req, siblingData }) => {
    const consentSlug = options.slugs.consents
    if (!consentSlug || !(await options.access.canEdit({ req }))) {
      return undefined
    }
    const id = relationId(siblingData?.consent)
    const consent = id
      ? ((await req.payload.findByID({
          id,
          collection: consentSlug,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          req,
        })) as ConsentTerms | null)
      : null
    return consentStatus(consent)
  }

/**
 * The consent state at a glance, as a list column and in the edit view's sidebar.
 */
export const consentStateField = (options: SanitizedSmpClinicOptions): Field[] =>
  options.slugs.consents
    ? [
        {
          name: 'consentState',
          type: 'select',
          access: { read: editorsOnlyField(options) },
          admin: {
            components: {
              Cell: clientComponent('ConsentStateCell'),
              Field: clientComponent('ConsentStateField'),
            },
            description: 'Whether the linked consent allows publishing on the website today.',
            position: 'sidebar',
            readOnly: true,
          },
          hooks: { afterRead: [readConsentState(options)] },
          label: 'Consent state',
          options: consentStateOptions,
          virtual: true,
        },
      ]
    : []
