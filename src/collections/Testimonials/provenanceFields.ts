import type { Field, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'
import type { PluginSmpClinicTranslationKey } from '../../translations/index.js'

import { editorsOnlyField } from '../../privacy/editorsOnly.js'
import { normalizeUrl, validateUrl } from '../../fields/validateUrl.js'
import { translate, translated } from '../../translations/translated.js'
import { translatedOptions } from '../../translations/translatedOptions.js'
import { aiAssistanceOptions, clinicRelationships } from './disclosure.js'

type ValidateArgs = {
  data: Record<string, unknown>
  req: PayloadRequest
  siblingData: Record<string, unknown>
}

/**
 * A value that may be recorded on a draft but never published: the check runs only when the
 * testimonial is being published.
 */
const refuseWhenPublished =
  (isRefused: (value: unknown) => boolean, reason: PluginSmpClinicTranslationKey) =>
  (value: unknown, { data, req }: ValidateArgs) =>
    data?._status === 'published' && isRefused(value) ? translate(req, reason) : true

/** Times only the plugin writes: shown to editors, never taken from a request. */
const systemTime = (
  name: string,
  label: PluginSmpClinicTranslationKey,
  description: PluginSmpClinicTranslationKey,
): Field => ({
  name,
  type: 'date',
  access: { create: () => false, update: () => false },
  admin: {
    date: { pickerAppearance: 'dayAndTime' },
    description: translated(description),
    readOnly: true,
  },
  label: translated(label),
})

/**
 * Where a testimonial came from and what stands behind it (16 CFR 465 and the FTC's Endorsement
 * Guides): its source with times, the evidence that the author is a client, any connection with
 * the clinic or incentive, and whether software wrote any of it. Served with the testimonial,
 * except the evidence itself, which stays with the editors; the disclosure is derived from it.
 */
export const provenanceFields = (options: SanitizedSmpClinicOptions): Field[] => [
  {
    type: 'collapsible',
    admin: { description: translated('testimonialProvenanceDescription') },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'source',
            type: 'select',
            defaultValue: 'clinic',
            label: translated('testimonialSource'),
            options: translatedOptions({
              clinic: 'testimonialSourceClinic',
              submitted: 'testimonialSourceSubmitted',
              imported: 'testimonialSourceImported',
            }),
          },
          {
            name: 'sourceUrl',
            type: 'text',
            admin: {
              condition: (_data, siblingData) => siblingData?.source === 'imported',
              description: translated('testimonialSourceUrlDescription'),
            },
            hooks: { beforeChange: [normalizeUrl] },
            label: translated('testimonialSourceUrl'),
            validate: (value: null | string | undefined, { req, siblingData }: ValidateArgs) =>
              siblingData?.source === 'imported' && !value
                ? translate(req, 'testimonialSourceUrlRequired')
                : validateUrl(value, { req }),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          systemTime('receivedAt', 'testimonialReceivedAt', 'testimonialReceivedAtDescription'),
          systemTime(
            'emailConfirmedAt',
            'testimonialEmailConfirmedAt',
            'testimonialEmailConfirmedAtDescription',
          ),
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'verifiedClient',
            type: 'checkbox',
            admin: { description: translated('testimonialVerifiedClientDescription') },
            defaultValue: false,
            label: translated('testimonialVerifiedClient'),
          },
          systemTime('verifiedAt', 'testimonialVerifiedAt', 'testimonialVerifiedAtDescription'),
        ],
      },
      {
        name: 'verificationEvidence',
        type: 'textarea',
        access: { read: editorsOnlyField(options) },
        admin: {
          condition: (_data, siblingData) => Boolean(siblingData?.verifiedClient),
          description: translated('testimonialVerificationEvidenceDescription'),
        },
        label: translated('testimonialVerificationEvidence'),
        maxLength: 2000,
        // Evidence says something: at least a few words (a dash or a letter is not evidence).
        validate: (value: null | string | undefined, { req, siblingData }: ValidateArgs) =>
          siblingData?.verifiedClient &&
          ((value ?? '').replace(/[^\p{L}\p{N}]/gu, '').length < 10 || !/\p{L}/u.test(value ?? ''))
            ? translate(req, 'testimonialVerificationEvidenceRequired')
            : true,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'clinicRelationship',
            type: 'select',
            defaultValue: 'none',
            label: translated('testimonialClinicRelationship'),
            options: clinicRelationships,
          },
          {
            name: 'aiAssistance',
            type: 'select',
            admin: { description: translated('testimonialAiAssistanceDescription') },
            defaultValue: 'none',
            label: translated('testimonialAiAssistance'),
            options: aiAssistanceOptions,
            validate: refuseWhenPublished(
              (value) => value === 'generated',
              'testimonialAiGeneratedRefused',
            ),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'incentive',
            type: 'text',
            admin: { description: translated('testimonialIncentiveDescription') },
            label: translated('testimonialIncentive'),
          },
          {
            name: 'incentiveDependsOnContent',
            type: 'checkbox',
            admin: { description: translated('testimonialIncentiveDependsOnContentDescription') },
            defaultValue: false,
            label: translated('testimonialIncentiveDependsOnContent'),
            validate: refuseWhenPublished(
              (value) => value === true,
              'testimonialIncentiveDependsOnContentRefused',
            ),
          },
        ],
      },
    ],
    label: translated('testimonialProvenance'),
  },
]
