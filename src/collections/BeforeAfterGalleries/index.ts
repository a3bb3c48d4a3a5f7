import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../types.js'

import { editorialAccess } from '../../access/editorialAccess.js'
import { consentStillValid } from '../../access/consentStillValid.js'
import { consentFields } from '../../fields/consentFields.js'
import { consentStateField } from '../../fields/consentStateField.js'
import { disclaimer } from '../../fields/disclaimer.js'
import { relationTo } from '../../fields/relationTo.js'
import { sampleFields } from '../../fields/sampleFields.js'
import { slug } from '../../fields/slug.js'
import { treatmentTypes } from '../../fields/treatmentTypes.js'
import { requireConsentToPublish } from '../../hooks/requireConsentToPublish.js'
import { clientComponent } from '../../utilities/adminComponents.js'
import { applyOverrides } from '../../utilities/applyOverrides.js'
import { graphQLNames } from '../../utilities/graphQLNames.js'
import { livePreviewAdmin } from '../../utilities/livePreviewAdmin.js'
import { faceOptions } from '../../fields/identifiabilityOptions.js'
import { oneOf } from '../../fields/oneOf.js'
import { hairLossStages } from './hairLossStages.js'
import {
  refreshShownImagesAfterChange,
  refreshShownImagesAfterDelete,
} from '../../hooks/refreshImageVisibility.js'
import { refuseAlwaysPublicPhotos } from './hooks/refuseAlwaysPublicPhotos.js'

const angles = ['front', 'top', 'left', 'right', 'back'].map((value) => ({
  label: value[0]!.toUpperCase() + value.slice(1),
  value,
}))

/**
 * Before-and-after photo sets of real treatments. Photos stay private until the gallery is
 * published with a valid consent and an attestation that they are unretouched.
 */
export const createBeforeAfterGalleriesCollection = (
  options: SanitizedSmpClinicOptions,
): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.beforeAfterGalleries!,
      access: editorialAccess(options, consentStillValid),
      admin: {
        defaultColumns: ['title', 'treatmentType', 'consentState', 'isSample', '_status'],
        description:
          'Before-and-after photos. Publishing needs a valid consent and the unretouched-photos attestation.',
        group: options.group,
        ...livePreviewAdmin(options, 'beforeAfterGalleries'),
        listSearchableFields: ['title'],
        useAsTitle: 'title',
      },
      fields: [
        {
          name: 'title',
          type: 'text',
          label: 'Title',
          localized: options.localize,
          required: true,
        },
        slug(options, 'title'),
        {
          type: 'row',
          fields: [
            {
              name: 'treatmentType',
              type: 'select',
              label: 'Treatment',
              options: treatmentTypes,
              required: true,
            },
            {
              name: 'hairLossStage',
              type: 'select',
              admin: { description: 'Norwood for pattern baldness, Ludwig for female thinning.' },
              label: 'Stage before treatment',
              options: hairLossStages,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'sessions',
              type: 'number',
              admin: { step: 1 },
              label: 'Number of sessions',
              max: 20,
              min: 1,
            },
            {
              name: 'pigmentShade',
              type: 'text',
              admin: {
                description: 'The shade or blend used, as recorded in the treatment notes.',
              },
              label: 'Pigment shade',
            },
          ],
        },
        ...relationTo(options, { name: 'topic', label: 'Topic', to: 'topics' }),
        ...relationTo(options, {
          name: 'practitioner',
          label: 'Practitioner',
          to: 'practitioners',
        }),
        {
          name: 'pairs',
          type: 'array',
          admin: { description: 'Each pair shows the same angle before and after treatment.' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'before',
                  type: 'upload',
                  label: 'Before',
                  relationTo: options.slugs.media,
                  required: true,
                },
                {
                  name: 'after',
                  type: 'upload',
                  label: 'After',
                  relationTo: options.slugs.media,
                  required: true,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'angle',
                  type: 'select',
                  defaultValue: 'front',
                  label: 'Angle',
                  options: angles,
                  required: true,
                },
                {
                  name: 'timeAfterLastSession',
                  type: 'text',
                  admin: { description: 'When the after photo was taken, e.g. "4 weeks".' },
                  label: 'Time after last session',
                },
              ],
            },
            { name: 'caption', type: 'text', label: 'Caption', localized: options.localize },
            {
              name: 'comparison',
              type: 'ui',
              admin: {
                components: {
                  Field: {
                    clientProps: { mediaSlug: options.slugs.media },
                    path: clientComponent('BeforeAfterComparison'),
                  },
                },
              },
              label: 'Comparison',
            },
          ],
          label: 'Photo pairs',
          labels: { plural: 'Pairs', singular: 'Pair' },
          minRows: 1,
          required: true,
        },
        {
          name: 'faceShown',
          type: 'select',
          admin: {
            description:
              'How much of the face the photos show. The consent must allow at least this much.',
            position: 'sidebar',
          },
          defaultValue: 'shown',
          label: 'Face in the photos',
          options: faceOptions,
          validate: oneOf(faceOptions, 'Choose how much of the face the photos show.'),
        },
        {
          name: 'unretouchedAttestation',
          type: 'checkbox',
          admin: { position: 'sidebar' },
          defaultValue: false,
          label: 'Photos are unretouched and taken in the same lighting and pose',
          validate: (
            value: boolean | null | undefined,
            { data }: { data: Record<string, unknown> },
          ) =>
            data?._status === 'published' && !value
              ? 'Confirm that the photos are unretouched and comparable before publishing.'
              : true,
        },
        disclaimer(
          options,
          'Individual results vary. Photos show one client’s result and are not a guarantee.',
        ),
        ...consentFields(options),
        ...consentStateField(options),
        ...sampleFields(options),
      ],
      hooks: {
        afterChange: [refreshShownImagesAfterChange(options, 'beforeAfterGalleries')],
        afterDelete: [refreshShownImagesAfterDelete(options, 'beforeAfterGalleries')],
        beforeChange: [refuseAlwaysPublicPhotos(options), requireConsentToPublish(options)],
      },
      graphQL: graphQLNames(options, 'beforeAfterGalleries'),
      labels: { plural: 'Before & after galleries', singular: 'Before & after gallery' },
      versions: { drafts: true, maxPerDoc: 25 },
    },
    options.overrides.beforeAfterGalleries,
  )
