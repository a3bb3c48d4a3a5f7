import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { editorsOnly } from '../../privacy/editorsOnly.js'
import { publicImagesOrEditors } from '../../privacy/publicImagesOrEditors.js'
import { imageVisibilityFields } from '../../privacy/imageVisibilityFields.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { applyOverrides } from '../../options/applyOverrides.js'
import { refreshOwnVisibility } from '../../privacy/refreshImageVisibility.js'
import { translated } from '../../translations/translated.js'
import { graphQLNames } from '../../graphql/graphQLNames.js'
import { limitFileSize } from './hooks/limitFileSize.js'
import { limitImagePixels } from './hooks/limitImagePixels.js'
import { imageSizeName, mediaImageSizes } from './imageSizes.js'

/**
 * Raster formats only: SVG can carry scripts, and the file's bytes (not its name) decide the type.
 */
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

/**
 * Images for articles, profiles and galleries, with a width ladder per use (cards, comparisons,
 * full views) in the upload's format and in WebP.
 */
export const createMediaCollection = (options: SanitizedSmpClinicOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.media,
      access: {
        create: editorsOnly(options),
        delete: editorsOnly(options),
        read: publicImagesOrEditors(options),
        update: editorsOnly(options),
      },
      admin: {
        defaultColumns: ['filename', 'alt', 'publicUntil', 'updatedAt'],
        description: translated('mediaDescription'),
        group: options.group,
        listSearchableFields: ['alt', 'filename'],
        useAsTitle: 'filename',
      },
      fields: [
        {
          name: 'alt',
          type: 'text',
          admin: { description: translated('mediaAltDescription') },
          label: translated('mediaAlt'),
          localized: options.localize,
          required: true,
        },
        {
          name: 'caption',
          type: 'text',
          label: translated('mediaCaption'),
          localized: options.localize,
        },
        ...imageVisibilityFields(options),
        seedKeyField(options),
      ],
      hooks: {
        beforeChange: [refreshOwnVisibility(options)],
        beforeOperation: [
          limitFileSize(options.uploads.maxImageBytes),
          limitImagePixels(options.uploads),
        ],
      },
      graphQL: graphQLNames(options, 'media'),
      labels: { plural: translated('mediaPlural'), singular: translated('mediaSingular') },
      upload: {
        adminThumbnail: imageSizeName('card', 480),
        focalPoint: true,
        imageSizes: mediaImageSizes(options.uploads.formats),
        mimeTypes: imageMimeTypes,
        ...(options.uploads.staticDir
          ? { staticDir: `${options.uploads.staticDir}/${options.slugs.media}` }
          : {}),
      },
      // A file is replaced, not drafted: a photo's visibility is decided by the documents using it.
      versions: false,
    },
    options.overrides.media,
  )
