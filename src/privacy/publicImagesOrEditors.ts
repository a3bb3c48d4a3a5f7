import type { Access, Where } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

/**
 * The images anyone may read at this moment: those marked always public, and those that published
 * clinic content shows until a time still in the future.
 */
export const publicImages = (options: SanitizedSmpClinicOptions): Where => ({
  or: [
    { alwaysPublic: { equals: true } },
    { publicUntil: { greater_than: options.clock().toISOString() } },
  ],
})

/**
 * Images are private by default: editors read them all, everyone else only public ones, on every
 * path (lists, by id, populated, and the file and size URLs, which Payload checks with this rule).
 */
export const publicImagesOrEditors =
  (options: SanitizedSmpClinicOptions): Access =>
  async ({ req }) =>
    (await options.access.canEdit({ req })) || publicImages(options)
