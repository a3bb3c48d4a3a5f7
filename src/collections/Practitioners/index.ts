import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../types.js'

import { editorialAccess } from '../../access/editorialAccess.js'
import { notSample } from '../../access/notSample.js'
import { joinFrom } from '../../fields/joinFrom.js'
import { richTextEditor } from '../../fields/richTextEditor.js'
import { sampleFields } from '../../fields/sampleFields.js'
import { slug } from '../../fields/slug.js'
import { treatmentTypes } from '../../fields/treatmentTypes.js'
import { normalizeUrl, validateUrl } from '../../fields/validateUrl.js'
import { applyOverrides } from '../../utilities/applyOverrides.js'
import {
  refreshShownImagesAfterChange,
  refreshShownImagesAfterDelete,
} from '../../hooks/refreshImageVisibility.js'
import { graphQLNames } from '../../utilities/graphQLNames.js'
import { livePreviewAdmin } from '../../utilities/livePreviewAdmin.js'

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
        description: 'Profiles of the people who perform treatments.',
        group: options.group,
        ...livePreviewAdmin(options, 'practitioners'),
        listSearchableFields: ['name', 'title'],
        useAsTitle: 'name',
      },
      defaultSort: 'name',
      fields: [
        { name: 'name', type: 'text', label: 'Name', required: true },
        slug(options, 'name'),
        { name: 'photo', type: 'upload', label: 'Photo', relationTo: options.slugs.media },
        {
          type: 'row',
          fields: [
            {
              name: 'title',
              type: 'text',
              admin: { description: 'For example "Lead SMP artist".' },
              label: 'Title',
              localized: options.localize,
            },
            {
              name: 'credentials',
              type: 'text',
              admin: { description: 'Post-nominal letters or a short line of qualifications.' },
              label: 'Credentials',
            },
          ],
        },
        {
          name: 'licensedPhysician',
          type: 'checkbox',
          admin: {
            description:
              'Tick only for a licensed medical doctor: search engines are then told this person is a physician.',
          },
          defaultValue: false,
          label: 'Licensed physician',
        },
        {
          name: 'bio',
          type: 'richText',
          editor: richTextEditor(options),
          label: 'Biography',
          localized: options.localize,
        },
        {
          name: 'specialties',
          type: 'select',
          hasMany: true,
          label: 'Specialties',
          options: treatmentTypes,
        },
        {
          name: 'yearsOfExperience',
          type: 'number',
          admin: { step: 1 },
          label: 'Years of experience',
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
                { name: 'name', type: 'text', label: 'Certification', required: true },
                { name: 'issuer', type: 'text', label: 'Issued by' },
                {
                  name: 'year',
                  type: 'number',
                  label: 'Year',
                  max: 2100,
                  min: 1950,
                },
              ],
            },
          ],
          label: 'Certifications',
          labels: { plural: 'Certifications', singular: 'Certification' },
        },
        {
          name: 'languages',
          type: 'text',
          admin: { description: 'Languages spoken with clients. Press enter after each.' },
          hasMany: true,
          label: 'Languages',
        },
        {
          name: 'bookingUrl',
          type: 'text',
          admin: { description: 'Where clients book a consultation with this practitioner.' },
          hooks: { beforeChange: [normalizeUrl] },
          label: 'Booking URL',
          validate: validateUrl,
        },
        {
          name: 'active',
          type: 'checkbox',
          admin: {
            description:
              'Untick when the practitioner leaves; their profile stays for past content.',
            position: 'sidebar',
          },
          defaultValue: true,
          label: 'Currently practising',
        },
        ...joinFrom(options, {
          name: 'galleries',
          admin: { defaultColumns: ['title', 'treatmentType', '_status'] },
          defaultSort: '-createdAt',
          from: 'beforeAfterGalleries',
          label: 'Galleries',
          on: 'practitioner',
        }),
        ...joinFrom(options, {
          name: 'testimonials',
          admin: { defaultColumns: ['clientName', 'rating', '_status'] },
          defaultSort: '-experienceDate',
          from: 'testimonials',
          label: 'Testimonials',
          on: 'practitioner',
        }),
        ...joinFrom(options, {
          name: 'articles',
          admin: { defaultColumns: ['title', 'publishedAt', '_status'] },
          defaultSort: '-publishedAt',
          from: 'articles',
          label: 'Articles written',
          on: 'author',
        }),
        ...sampleFields(options),
      ],
      hooks: {
        afterChange: [refreshShownImagesAfterChange(options, 'practitioners')],
        afterDelete: [refreshShownImagesAfterDelete(options, 'practitioners')],
      },
      graphQL: graphQLNames(options, 'practitioners'),
      labels: { plural: 'Practitioners', singular: 'Practitioner' },
      versions: { drafts: true, maxPerDoc: 25 },
    },
    options.overrides.practitioners,
  )
