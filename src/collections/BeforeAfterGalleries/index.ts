import type { CollectionConfig, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { editorialAccess } from '../../privacy/editorialAccess.js'
import { consentStillValid } from '../../privacy/consentStillValid.js'
import { consentFields } from '../../fields/consentFields.js'
import { consentStateField } from '../../fields/consentStateField.js'
import { disclaimer } from '../../fields/disclaimer.js'
import { relationTo } from '../../fields/relationTo.js'
import { sampleFields } from '../../fields/sampleFields.js'
import { slug } from '../../fields/slug.js'
import { treatmentOptions } from '../../fields/treatmentTypes.js'
import { requireConsentToPublish } from '../../consent/requireConsentToPublish.js'
import { byLanguage } from '../../translations/byLanguage.js'
import { translate, translated } from '../../translations/translated.js'
import { translatedOptions } from '../../translations/translatedOptions.js'
import { clientComponent } from '../../options/adminComponents.js'
import { applyOverrides } from '../../options/applyOverrides.js'
import { graphQLNames } from '../../graphql/graphQLNames.js'
import { livePreviewAdmin } from '../../seo/livePreview.js'
import { faceOptions } from '../../consent/identifiabilityOptions.js'
import { oneOf } from '../../fields/oneOf.js'
import { hairLossStages } from './hairLossStages.js'
import {
  refreshShownImagesAfterChange,
  refreshShownImagesAfterDelete,
} from '../../privacy/refreshImageVisibility.js'
import { refuseAlwaysPublicPhotos } from './hooks/refuseAlwaysPublicPhotos.js'

const angles = translatedOptions({
  front: 'galleryAngleFront',
  top: 'galleryAngleTop',
  left: 'galleryAngleLeft',
  right: 'galleryAngleRight',
  back: 'galleryAngleBack',
})

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
        description: translated('galleriesDescription'),
        group: options.group,
        ...livePreviewAdmin(options, 'beforeAfterGalleries'),
        listSearchableFields: ['title'],
        useAsTitle: 'title',
      },
      fields: [
        {
          name: 'title',
          type: 'text',
          label: translated('galleryTitle'),
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
              label: translated('galleryTreatment'),
              options: treatmentOptions,
              required: true,
            },
            {
              name: 'hairLossStage',
              type: 'select',
              admin: { description: translated('galleryHairLossStageDescription') },
              label: translated('galleryHairLossStage'),
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
              label: translated('gallerySessions'),
              max: 20,
              min: 1,
            },
            {
              name: 'pigmentShade',
              type: 'text',
              admin: {
                description: translated('galleryPigmentShadeDescription'),
              },
              label: translated('galleryPigmentShade'),
            },
          ],
        },
        ...relationTo(options, { name: 'topic', label: translated('galleryTopic'), to: 'topics' }),
        ...relationTo(options, {
          name: 'practitioner',
          label: translated('galleryPractitioner'),
          to: 'practitioners',
        }),
        {
          name: 'pairs',
          type: 'array',
          admin: { description: translated('galleryPairsDescription') },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'before',
                  type: 'upload',
                  label: translated('galleryBefore'),
                  relationTo: options.slugs.media,
                  required: true,
                },
                {
                  name: 'after',
                  type: 'upload',
                  label: translated('galleryAfter'),
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
                  label: translated('galleryAngle'),
                  options: angles,
                  required: true,
                },
                {
                  name: 'timeAfterLastSession',
                  type: 'text',
                  admin: { description: translated('galleryTimeAfterLastSessionDescription') },
                  label: translated('galleryTimeAfterLastSession'),
                },
              ],
            },
            {
              name: 'caption',
              type: 'text',
              label: translated('galleryCaption'),
              localized: options.localize,
            },
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
              // A UI field's label cannot be a function: it is given in every language instead.
              label: byLanguage(
                options.translations,
                'galleryComparison',
                Object.keys(options.translations),
              ),
            },
          ],
          label: translated('galleryPhotoPairs'),
          labels: { plural: translated('galleryPairs'), singular: translated('galleryPair') },
          minRows: 1,
          required: true,
        },
        {
          name: 'faceShown',
          type: 'select',
          admin: {
            description: translated('galleryFaceShownDescription'),
            position: 'sidebar',
          },
          defaultValue: 'shown',
          label: translated('galleryFaceShown'),
          options: faceOptions,
          validate: oneOf(faceOptions, 'galleryFaceShownRequired'),
        },
        {
          name: 'unretouchedAttestation',
          type: 'checkbox',
          admin: { position: 'sidebar' },
          defaultValue: false,
          label: translated('galleryUnretouched'),
          validate: (
            value: boolean | null | undefined,
            { data, req }: { data: Record<string, unknown>; req: PayloadRequest },
          ) =>
            data?._status === 'published' && !value
              ? translate(req, 'galleryUnretouchedRequired')
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
      labels: { plural: translated('galleriesPlural'), singular: translated('galleriesSingular') },
      versions: { drafts: true, maxPerDoc: 25 },
    },
    options.overrides.beforeAfterGalleries,
  )
