import type { Field, FieldHook } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { editorsOnlyField } from '../privacy/editorsOnly.js'
import { consentStateKeys } from '../consent/consentStateKeys.js'
import { translated } from '../translations/translated.js'
import { translatedOptions } from '../translations/translatedOptions.js'
import { clientComponent } from '../options/adminComponents.js'
import { loadConsent } from '../consent/consentLoader.js'
import { consentStatus } from '../consent/consentStatus.js'
import { consentUseOf } from '../consent/consentUse.js'
import { relationId } from '../hardening/relationId.js'

/**
 * The consent states as select options, for list filters and the edit view.
 */
export const consentStateOptions = translatedOptions(consentStateKeys)

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
    const consent = await loadConsent(req, consentSlug, relationId(siblingData?.consent))
    return consentStatus(consent, options.clock(), consentUseOf(siblingData))
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
            description: translated('fieldConsentStateDescription'),
            position: 'sidebar',
            readOnly: true,
          },
          hooks: { afterRead: [readConsentState(options)] },
          label: translated('fieldConsentState'),
          options: consentStateOptions,
          virtual: true,
        },
      ]
    : []
