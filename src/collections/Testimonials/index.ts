import type { CollectionConfig, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { editorialAccess } from '../../privacy/editorialAccess.js'
import { consentStillValid } from '../../privacy/consentStillValid.js'
import { consentFields } from '../../fields/consentFields.js'
import { consentStateField } from '../../fields/consentStateField.js'
import { disclaimer } from '../../fields/disclaimer.js'
import { relationTo } from '../../fields/relationTo.js'
import { sampleFields } from '../../fields/sampleFields.js'
import { treatmentOptions } from '../../fields/treatmentTypes.js'
import { requireConsentToPublish } from '../../consent/requireConsentToPublish.js'
import { translate, translated } from '../../translations/translated.js'
import { applyOverrides } from '../../options/applyOverrides.js'
import { graphQLNames } from '../../graphql/graphQLNames.js'
import { deriveDisclosure } from './hooks/deriveDisclosure.js'
import { recordProvenance } from './hooks/recordProvenance.js'
import { provenanceFields } from './provenanceFields.js'
import { selectionEndpoint } from './selection/selectionEndpoint.js'

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
        description: translated('testimonialsDescription'),
        group: options.group,
        listSearchableFields: ['clientName', 'quote'],
        useAsTitle: 'clientName',
      },
      defaultSort: '-experienceDate',
      // A copy would carry another client's provenance (verified, received, confirmed).
      disableDuplicate: true,
      endpoints: [selectionEndpoint(options)],
      fields: [
        {
          name: 'clientName',
          type: 'text',
          admin: {
            description: translated('testimonialClientNameDescription'),
          },
          label: translated('testimonialClientName'),
          required: true,
        },
        {
          name: 'quote',
          type: 'textarea',
          label: translated('testimonialQuote'),
          localized: options.localize,
          required: true,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'rating',
              type: 'number',
              admin: { description: translated('testimonialRatingDescription'), step: 1 },
              label: translated('testimonialRating'),
              max: 5,
              min: 1,
              // Replaces Payload's number check, so it checks the range as well as whole stars.
              validate: (
                value: null | number | number[] | undefined,
                { req }: { req: PayloadRequest },
              ) =>
                value === null ||
                value === undefined ||
                (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5)
                  ? true
                  : translate(req, 'testimonialRatingInvalid'),
            },
            {
              name: 'treatment',
              type: 'select',
              label: translated('testimonialTreatment'),
              options: treatmentOptions,
            },
            {
              name: 'experienceDate',
              type: 'date',
              admin: { date: { pickerAppearance: 'monthOnly' } },
              label: translated('testimonialExperienceDate'),
            },
          ],
        },
        ...relationTo(options, {
          name: 'practitioner',
          label: translated('testimonialPractitioner'),
          to: 'practitioners',
        }),
        ...relationTo(options, {
          name: 'gallery',
          admin: { description: translated('testimonialGalleryDescription') },
          label: translated('testimonialGallery'),
          to: 'beforeAfterGalleries',
        }),
        ...provenanceFields(options),
        {
          name: 'disclosure',
          type: 'textarea',
          admin: {
            description: translated('testimonialDisclosureDescription'),
            readOnly: true,
          },
          label: translated('testimonialDisclosure'),
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
          label: translated('testimonialFeatured'),
        },
        ...consentFields(options),
        ...consentStateField(options),
        ...sampleFields(options),
      ],
      hooks: {
        beforeChange: [
          recordProvenance(options),
          deriveDisclosure,
          requireConsentToPublish(options),
        ],
      },
      graphQL: graphQLNames(options, 'testimonials'),
      labels: {
        plural: translated('testimonialsPlural'),
        singular: translated('testimonialsSingular'),
      },
      versions: { drafts: true, maxPerDoc: 25 },
    },
    options.overrides.testimonials,
  )
