import type { Access, CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../types.js'

import { restrictedField } from '../../fields/restrictedField.js'
import { seedKeyField } from '../../fields/sampleFields.js'

/**
 * A host's own media collection gets the `restricted` flag and a read rule on top of its own
 * access, so gallery photos are held back there too, plus the hidden `seedKey`. Its other
 * settings are left as they are.
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
    const unrestricted = { restricted: { not_equals: true } }
    return allowed === true ? unrestricted : { and: [allowed, unrestricted] }
  }
  const has = (name: string) =>
    collection.fields.some((field) => 'name' in field && field.name === name)
  return {
    ...collection,
    access: { ...collection.access, read },
    fields: [
      ...collection.fields,
      ...(has('restricted') ? [] : [restrictedField()]),
      // Lets the seed find the placeholder images it made without matching on editable fields.
      ...(has('seedKey') ? [] : [seedKeyField()]),
    ],
  }
}
