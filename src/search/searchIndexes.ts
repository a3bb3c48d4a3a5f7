import type { CollectionConfig, Field } from 'payload'

const pointsAtIndexedDocs = (field: Field) =>
  field.type === 'relationship' && 'name' in field && field.name === 'doc'

const isSearchPluginField = (field: Field) => {
  if (field.type !== 'ui') {
    return false
  }
  const component: unknown = field.admin?.components?.Field
  const path =
    typeof component === 'object' && component ? (component as { path?: unknown }).path : component
  return typeof path === 'string' && path.startsWith('@payloadcms/plugin-search')
}

/**
 * The clinic collections a `@payloadcms/plugin-search` index points at, or none when
 * `collection` is not such an index. The index is recognised by its shape (a `doc` relationship
 * beside the plugin's own link field), since the plugin carries no marker on its collection.
 */
export const indexedClinicCollections = (
  collection: Pick<CollectionConfig, 'fields'>,
  ours: Set<string>,
): string[] => {
  const doc = collection.fields.find(pointsAtIndexedDocs)
  if (!doc || doc.type !== 'relationship' || !collection.fields.some(isSearchPluginField)) {
    return []
  }
  const targets = Array.isArray(doc.relationTo) ? doc.relationTo : [doc.relationTo]
  return targets.filter((slug) => ours.has(slug))
}
