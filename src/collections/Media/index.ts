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

/**
 * Raster formats only: SVG can carry scripts, and the file's bytes (not its name) decide the type.
 */
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

/**
 * Images for articles, profiles and galleries, with sizes cut for gallery grids and comparisons.
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
        adminThumbnail: 'thumbnail',
        focalPoint: true,
        imageSizes: [
          { name: 'thumbnail', fit: 'cover', height: 300, width: 400, withoutEnlargement: true },
          { name: 'comparison', fit: 'cover', height: 900, width: 900, withoutEnlargement: true },
          { name: 'gallery', fit: 'inside', height: 1600, width: 1600, withoutEnlargement: true },
        ],
        mimeTypes: imageMimeTypes,
        ...(options.staticDir ? { staticDir: `${options.staticDir}/${options.slugs.media}` } : {}),
      },
    },
    options.overrides.media,
  )
