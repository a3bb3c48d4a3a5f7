import type { JoinField } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

type JoinArgs = Omit<JoinField, 'collection' | 'type'> & { from: SmpCollectionKey }

/**
 * The reverse side of a relationship, such as a practitioner's galleries, read-only and filled by
 * Payload from the other collection; absent when that collection is disabled. Each joined document
 * is subject to its own collection's read access, so the public sees published ones only.
 */
export const joinFrom = (
  options: SanitizedSmpClinicOptions,
  { from, ...field }: JoinArgs,
): JoinField[] => {
  const collection = options.slugs[from]
  return collection ? [{ ...field, type: 'join', collection } as JoinField] : []
}
