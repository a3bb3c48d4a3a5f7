import type { Access, CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { publicImages } from '../../privacy/publicImagesOrEditors.js'
import { imageVisibilityFields } from '../../privacy/imageVisibilityFields.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { refreshOwnVisibility } from '../../privacy/refreshImageVisibility.js'
import { limitImagePixels } from './hooks/limitImagePixels.js'

/**
 * A host's own media collection gets the same privacy as the plugin's: its read rule is narrowed
 * to public images (`alwaysPublic`, or shown by published clinic content) for everyone but
 * editors, so gallery photos are private from the moment they are uploaded. Images used by the
 * host's own pages need "Always public". Its other settings are left as they are.
 */
export const protectHostMedia = (
  collection: CollectionConfig,
  options: SanitizedSmpClinicOptions,
): CollectionConfig => {
  const hostRead = collection.access?.read
  const read: Access = async (args) => {
    const allowed = hostRead ? await hostRead(args) : Boolean(args.req.user)
    if (allowed === false || (await options.access.canEdit({ req: args.req }))) {
      return allowed
    }
    return allowed === true ? publicImages(options) : { and: [allowed, publicImages(options)] }
  }
  const has = (name: string) =>
    collection.fields.some((field) => 'name' in field && field.name === name)
  return {
    ...collection,
    access: { ...collection.access, read },
    fields: [
      ...collection.fields,
      ...imageVisibilityFields(options).filter((field) => !('name' in field) || !has(field.name)),
      // Lets the seed find the placeholder images it made without matching on editable fields.
      ...(has('seedKey') ? [] : [seedKeyField(options)]),
    ],
    hooks: {
      ...collection.hooks,
      // One small file declaring huge dimensions would otherwise take the whole process down.
      beforeOperation: [
        limitImagePixels(options.uploads),
        ...(collection.hooks?.beforeOperation ?? []),
      ],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), refreshOwnVisibility(options)],
    },
  }
}
