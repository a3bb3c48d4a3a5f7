import type { RelationshipField } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

type RelationArgs = Omit<RelationshipField, 'relationTo' | 'type'> & { to: SmpCollectionKey }

/**
 * A relationship to another of the plugin's collections, following its resolved slug, or no field
 * at all when that collection is disabled.
 */
export const relationTo = (
  options: SanitizedSmpClinicOptions,
  { to, ...field }: RelationArgs,
): RelationshipField[] => {
  const slug = options.slugs[to]
  return slug ? [{ ...field, type: 'relationship', relationTo: slug } as RelationshipField] : []
}
