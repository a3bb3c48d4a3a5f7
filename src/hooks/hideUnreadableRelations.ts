import type { CollectionAfterReadHook, Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

type Doc = Record<string, unknown>

/**
 * Removes, from what the public receives over REST, relationship values Payload could not populate
 * because the reader may not see the target (a draft FAQ, a sample practitioner, a private photo).
 * Payload leaves such values as bare ids; this keeps a published document from even pointing at
 * unpublished ones. GraphQL resolves relationships itself and already returns null for them.
 */
export const hideUnreadableRelations =
  (options: SanitizedSmpClinicOptions): CollectionAfterReadHook =>
  async ({ collection, doc, req }) => {
    if (req.payloadAPI !== 'REST' || (await options.access.canEdit({ req }))) {
      return doc
    }
    const depth = Number(req.query?.depth ?? req.payload.config.defaultDepth)
    if (!(depth > 0)) {
      return doc
    }
    strip(collection.fields, doc)
    return doc
  }

const populated = (value: unknown) => value !== null && typeof value === 'object'

const strip = (fields: Field[], data: Doc | undefined) => {
  if (!data) {
    return
  }
  for (const field of fields) {
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      const value = data[field.name]
      if (Array.isArray(value)) {
        data[field.name] = value.filter(populated)
      } else if (value !== null && value !== undefined && !populated(value)) {
        data[field.name] = null
      }
    } else if (field.type === 'array') {
      for (const row of (data[field.name] as Doc[] | undefined) ?? []) {
        strip(field.fields, row)
      }
    } else if (field.type === 'group') {
      strip(field.fields, 'name' in field && field.name ? (data[field.name] as Doc) : data)
    } else if (field.type === 'row' || field.type === 'collapsible') {
      strip(field.fields, data)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        strip(tab.fields, 'name' in tab && tab.name ? (data[tab.name] as Doc) : data)
      }
    }
  }
}
