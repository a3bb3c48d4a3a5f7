import type { CollectionConfig, Where } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { editorsOnly } from './editorsOnly.js'
import { publishedOrEditors } from './publishedOrEditors.js'

/**
 * The access rules of every collection with drafts: editors do everything, the public reads
 * published documents (narrowed by `publicFilter`) and never versions.
 */
export const editorialAccess = (
  options: SanitizedSmpClinicOptions,
  publicFilter?: (options: SanitizedSmpClinicOptions) => Where,
): NonNullable<CollectionConfig['access']> => ({
  create: editorsOnly(options),
  delete: editorsOnly(options),
  read: publishedOrEditors(options, publicFilter),
  readVersions: editorsOnly(options),
  update: editorsOnly(options),
})
