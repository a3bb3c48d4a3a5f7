import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../types.js'

import { editorsOnly } from '../../access/editorsOnly.js'
import { publicImagesOrEditors } from '../../access/publicImagesOrEditors.js'
import { imageVisibilityFields } from '../../fields/imageVisibilityFields.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { applyOverrides } from '../../utilities/applyOverrides.js'
import { refreshOwnVisibility } from '../../hooks/refreshImageVisibility.js'
import { graphQLNames } from '../../utilities/graphQLNames.js'
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
        description:
          'Images. Each is private until published clinic content shows it; before-and-after photos follow their gallery’s consent.',
        group: options.group,
        listSearchableFields: ['alt', 'filename'],
        useAsTitle: 'filename',
      },
      fields: [
        {
          name: 'alt',
          type: 'text',
          admin: { description: 'Describe the image for people who cannot see it.' },
          label: 'Alternative text',
          localized: options.localize,
          required: true,
        },
        { name: 'caption', type: 'text', label: 'Caption', localized: options.localize },
        ...imageVisibilityFields(options),
        seedKeyField(options),
      ],
      hooks: {
        beforeChange: [refreshOwnVisibility(options)],
        beforeOperation: [
          limitFileSize(options.maxImageBytes),
          limitImagePixels(options.pixelLimits),
        ],
      },
      graphQL: graphQLNames(options, 'media'),
      labels: { plural: 'Media', singular: 'Image' },
      upload: {
        adminThumbnail: imageSizeName('card', 480),
        focalPoint: true,
        imageSizes: mediaImageSizes(options.imageFormats),
        mimeTypes: imageMimeTypes,
        ...(options.staticDir ? { staticDir: `${options.staticDir}/${options.slugs.media}` } : {}),
      },
    },
    options.overrides.media,
  )
