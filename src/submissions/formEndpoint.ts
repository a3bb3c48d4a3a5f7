import type { Endpoint } from 'payload'

import type { SanitizedSmpClinicOptions, SanitizedSubmissionsOptions } from '../options/types.js'

import { consentChannels } from '../collections/Consents/index.js'
import { authorizationStatements } from '../collections/Consents/authorizationStatements.js'
import { faceOptions, nameOptions } from '../consent/identifiabilityOptions.js'
import { treatmentOptions } from '../fields/treatmentTypes.js'
import { aiAssistanceOptions } from '../collections/Testimonials/disclosure.js'
import { labelText } from '../translations/labelText.js'
import { translate } from '../translations/translated.js'
import { authorizationText } from './authorizationText.js'
import { canSendEmail } from './emailReady.js'
import { storyLength } from './parseSubmission.js'
import { formToken } from './tokens.js'
import { siteOptionsFor } from '../tenancy/tenantSite.js'

/**
 * `GET /api/smp-clinic/submission-form` (anyone): what a site needs to draw the form. A fresh
 * signed token (the form's start time), the authorization text and its version, the choices
 * with their labels in the visitor's language, and the limits the endpoint applies.
 */
export const formEndpoint = (
  options: SanitizedSmpClinicOptions,
  settings: SanitizedSubmissionsOptions,
): Endpoint => ({
  handler: async (req) => {
    const choices = (list: { label: Parameters<typeof labelText>[0]; value: string }[]) =>
      list.map(({ label, value }) => ({ label: labelText(label, req.i18n), value }))
    return Response.json(
      {
        // Without a way to send the confirmation link, nothing sent could ever be confirmed.
        available: canSendEmail(req.payload),
        unavailableReason: canSendEmail(req.payload)
          ? null
          : translate(req, 'submitEmailNotConfigured'),
        authorization: {
          // In a chain, the clinic whose site the form is on.
          ...authorizationText(await siteOptionsFor(req, options)),
          statements: choices(authorizationStatements),
        },
        challenge: settings.challenge
          ? { field: settings.challenge.field, provider: settings.challenge.name }
          : null,
        choices: {
          // The form offers only what can be published: a story written by AI is refused.
          aiAssistance: choices(aiAssistanceOptions.filter(({ value }) => value !== 'generated')),
          channels: choices(consentChannels),
          faceDisplay: choices(faceOptions),
          nameDisplay: choices(nameOptions),
          treatment: choices(treatmentOptions),
        },
        formVersion: settings.formVersion,
        honeypot: 'homepage',
        limits: {
          maxImageBytes: options.uploads.maxImageBytes,
          maxPhotos: settings.maxPhotos,
          minFillSeconds: settings.minFillSeconds,
          story: storyLength,
        },
        token: formToken(req.payload.secret, options.clock()),
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
  method: 'get',
  path: '/smp-clinic/submission-form',
})
