import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../types.js'

import { editorialAccess } from '../../access/editorialAccess.js'
import { consentStillValid } from '../../access/consentStillValid.js'
import { consentFields } from '../../fields/consentFields.js'
import { consentStateField } from '../../fields/consentStateField.js'
import { disclaimer } from '../../fields/disclaimer.js'
import { relationTo } from '../../fields/relationTo.js'
import { sampleFields } from '../../fields/sampleFields.js'
import { treatmentTypes } from '../../fields/treatmentTypes.js'
import { normalizeUrl, validateUrl } from '../../fields/validateUrl.js'
import { requireConsentToPublish } from '../../hooks/requireConsentToPublish.js'
import { applyOverrides } from '../../utilities/applyOverrides.js'
import { graphQLNames } from '../../utilities/graphQLNames.js'
import { clinicRelationships } from './disclosure.js'
import { deriveDisclosure } from './hooks/deriveDisclosure.js'

/**
 * What clients say about their treatment, with the disclosures and consent publication requires.
 */
export const createTestimonialsCollection = (
  options: SanitizedSmpClinicOptions,
): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.testimonials!,
      access: editorialAccess(options, consentStillValid),
      admin: {
        defaultColumns: [
          'clientName',
          'rating',
          'treatment',
          'consentState',
          'isSample',
          '_status',
        ],
        description:
          'Client testimonials. Publishing needs a valid consent; connections to the clinic are disclosed automatically.',
        group: options.group,
        listSearchableFields: ['clientName', 'quote'],
        useAsTitle: 'clientName',
      },
      defaultSort: '-experienceDate',
      fields: [
        {
          name: 'clientName',
          type: 'text',
          admin: {
            description: 'As the client agreed to be named. Initials are fine, e.g. "J. D."',
          },
          label: 'Client display name',
          required: true,
        },
        {
          name: 'quote',
          type: 'textarea',
          label: 'Quote',
          localized: options.localize,
          required: true,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'rating',
              type: 'number',
              admin: { description: 'Whole stars from 1 to 5.', step: 1 },
              label: 'Rating',
              max: 5,
              min: 1,
              // Replaces Payload's number check, so it checks the range as well as whole stars.
              validate: (value: null | number | number[] | undefined) =>
                value === null ||
                value === undefined ||
                (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5)
                  ? true
                  : 'The rating must be a whole number of stars from 1 to 5.',
            },
            { name: 'treatment', type: 'select', label: 'Treatment', options: treatmentTypes },
            {
              name: 'experienceDate',
              type: 'date',
              admin: { date: { pickerAppearance: 'monthOnly' } },
              label: 'Date of the experience',
            },
          ],
        },
        ...relationTo(options, {
          name: 'practitioner',
          label: 'Practitioner',
          to: 'practitioners',
        }),
        ...relationTo(options, {
          name: 'gallery',
          admin: { description: "The client's before-and-after gallery, if any." },
          label: 'Gallery',
          to: 'beforeAfterGalleries',
        }),
        {
          type: 'row',
          fields: [
            {
              name: 'source',
              type: 'select',
              defaultValue: 'clinic',
              label: 'Source',
              options: [
                { label: 'Collected in the clinic', value: 'clinic' },
                { label: 'Imported from a review site', value: 'imported' },
              ],
            },
            {
              name: 'sourceUrl',
              type: 'text',
              admin: {
                condition: (_data, siblingData) => siblingData?.source === 'imported',
                description: 'Where the original review can be read.',
              },
              hooks: { beforeChange: [normalizeUrl] },
              label: 'Source URL',
              validate: (
                value: null | string | undefined,
                { siblingData }: { siblingData: Record<string, unknown> },
              ) =>
                siblingData?.source === 'imported' && !value
                  ? 'An imported testimonial needs the address of the original review.'
                  : validateUrl(value),
            },
          ],
        },
        {
          name: 'verifiedClient',
          type: 'checkbox',
          admin: { description: 'Tick only when clinic records show this person was treated.' },
          defaultValue: false,
          label: 'Verified client',
        },
        {
          type: 'row',
          fields: [
            {
              name: 'clinicRelationship',
              type: 'select',
              defaultValue: 'none',
              label: 'Relationship to the clinic',
              options: [...clinicRelationships],
            },
            {
              name: 'incentive',
              type: 'text',
              admin: { description: 'Anything given in return, e.g. "free touch-up session".' },
              label: 'Incentive given',
            },
          ],
        },
        {
          name: 'disclosure',
          type: 'textarea',
          admin: {
            description: 'Derived from the relationship and incentive; serve it with the quote.',
            readOnly: true,
          },
          label: 'Disclosure',
        },
        disclaimer(
          options,
          'Individual results vary. This testimonial reflects one client’s experience.',
        ),
        {
          name: 'featured',
          type: 'checkbox',
          admin: { position: 'sidebar' },
          defaultValue: false,
          label: 'Featured',
        },
        ...consentFields(options),
        ...consentStateField(options),
        ...sampleFields(options),
      ],
      hooks: { beforeChange: [deriveDisclosure, requireConsentToPublish(options)] },
      graphQL: graphQLNames(options, 'testimonials'),
      labels: { plural: 'Testimonials', singular: 'Testimonial' },
      versions: { drafts: true, maxPerDoc: 25 },
    },
    options.overrides.testimonials,
  )
