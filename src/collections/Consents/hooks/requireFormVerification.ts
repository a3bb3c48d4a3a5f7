import type { CollectionBeforeChangeHook } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../../options/types.js'

/**
 * A consent that carries the public form's version was signed on that form, however it was
 * saved: one entered or copied through the API from a form signature still needs an editor's
 * verification before it covers anything, as the form's own does. (`verification.required`
 * cannot be written by a request, so without this a copy would cover everything at once.)
 */
export const requireFormVerification =
  (options: SanitizedSmpClinicOptions): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const formVersion = options.submissions ? options.submissions.formVersion : undefined
    const version = 'formVersion' in data ? data.formVersion : originalDoc?.formVersion
    if (formVersion && version === formVersion) {
      data.verification = { ...originalDoc?.verification, ...data.verification, required: true }
    }
    return data
  }
