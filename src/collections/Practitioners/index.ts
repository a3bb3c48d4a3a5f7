import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { editorialAccess } from '../../privacy/editorialAccess.js'
import { notSample } from '../../privacy/notSample.js'
import { joinFrom } from '../../fields/joinFrom.js'
import { richTextEditor } from '../../fields/richTextEditor.js'
import { sampleFields } from '../../fields/sampleFields.js'
import { slug } from '../../fields/slug.js'
import { treatmentOptions } from '../../fields/treatmentTypes.js'
import { normalizeUrl, validateUrl } from '../../fields/validateUrl.js'
import { translated } from '../../translations/translated.js'
import { applyOverrides } from '../../options/applyOverrides.js'
import {
  refreshShownImagesAfterChange,
  refreshShownImagesAfterDelete,
} from '../../privacy/refreshImageVisibility.js'
import { graphQLNames } from '../../graphql/graphQLNames.js'
import { livePreviewAdmin } from '../../seo/livePreview.js'

/**
 * The clinic's practitioners: who performs treatments, authors articles and is credited in
 * testimonials and galleries.
 */
export const createPractitionersCollection = (
  options: SanitizedSmpClinicOptions,
): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.practitioners!,
      access: editorialAccess(options, notSample),
      admin: {
        defaultColumns: ['name', 'title', 'active', 'isSample', '_status'],
        description: translated('practitionersDescription'),
        group: options.group,
        ...livePreviewAdmin(options, 'practitioners'),
        listSearchableFields: ['name', 'title'],
        useAsTitle: 'name',
      },
      defaultSort: 'name',
      fields: [
        { name: 'name', type: 'text', label: translated('practitionerName'), required: true },
        slug(options, 'name'),
        {
          name: 'photo',
          type: 'upload',
          label: translated('practitionerPhoto'),
          relationTo: options.slugs.media,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'title',
              type: 'text',
              admin: { description: translated('practitionerTitleDescription') },
              label: translated('practitionerTitle'),
              localized: options.localize,
            },
            {
              name: 'credentials',
              type: 'text',
              admin: { description: translated('practitionerCredentialsDescription') },
              label: translated('practitionerCredentials'),
            },
          ],
        },
        {
          name: 'licensedPhysician',
          type: 'checkbox',
          admin: {
            description: translated('practitionerLicensedPhysicianDescription'),
          },
          defaultValue: false,
          label: translated('practitionerLicensedPhysician'),
        },
        {
          name: 'bio',
          type: 'richText',
          editor: richTextEditor(options),
          label: translated('practitionerBio'),
          localized: options.localize,
        },
        {
          name: 'specialties',
          type: 'select',
          hasMany: true,
          label: translated('practitionerSpecialties'),
          options: treatmentOptions,
        },
        {
          name: 'yearsOfExperience',
          type: 'number',
          admin: { step: 1 },
          label: translated('practitionerYearsOfExperience'),
          max: 80,
          min: 0,
        },
        {
          name: 'certifications',
          type: 'array',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  label: translated('practitionerCertification'),
                  required: true,
                },
                {
                  name: 'issuer',
                  type: 'text',
                  label: translated('practitionerCertificationIssuer'),
                },
                {
                  name: 'year',
                  type: 'number',
                  label: translated('practitionerCertificationYear'),
                  max: 2100,
                  min: 1950,
                },
              ],
            },
          ],
          label: translated('practitionerCertifications'),
          labels: {
            plural: translated('practitionerCertifications'),
            singular: translated('practitionerCertification'),
          },
        },
        {
          name: 'languages',
          type: 'text',
          admin: { description: translated('practitionerLanguagesDescription') },
          hasMany: true,
          label: translated('practitionerLanguages'),
        },
        {
          name: 'bookingUrl',
          type: 'text',
          admin: { description: translated('practitionerBookingUrlDescription') },
          hooks: { beforeChange: [normalizeUrl] },
          label: translated('practitionerBookingUrl'),
          validate: validateUrl,
        },
        {
          name: 'active',
          type: 'checkbox',
          admin: {
            description: translated('practitionerActiveDescription'),
            position: 'sidebar',
          },
          defaultValue: true,
          label: translated('practitionerActive'),
        },
        ...joinFrom(options, {
          name: 'galleries',
          admin: { defaultColumns: ['title', 'treatmentType', '_status'] },
          defaultSort: '-createdAt',
          from: 'beforeAfterGalleries',
          label: translated('practitionerGalleries'),
          on: 'practitioner',
        }),
        ...joinFrom(options, {
          name: 'testimonials',
          admin: { defaultColumns: ['clientName', 'rating', '_status'] },
          defaultSort: '-experienceDate',
          from: 'testimonials',
          label: translated('practitionerTestimonials'),
          on: 'practitioner',
        }),
        ...joinFrom(options, {
          name: 'articles',
          admin: { defaultColumns: ['title', 'publishedAt', '_status'] },
          defaultSort: '-publishedAt',
          from: 'articles',
          label: translated('practitionerArticles'),
          on: 'author',
        }),
        ...sampleFields(options),
      ],
      hooks: {
        afterChange: [refreshShownImagesAfterChange(options, 'practitioners')],
        afterDelete: [refreshShownImagesAfterDelete(options, 'practitioners')],
      },
      graphQL: graphQLNames(options, 'practitioners'),
      labels: {
        plural: translated('practitionersPlural'),
        singular: translated('practitionersSingular'),
      },
      versions: { drafts: true, maxPerDoc: 25 },
    },
    options.overrides.practitioners,
  )
