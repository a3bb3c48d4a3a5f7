import type { CollectionAfterReadHook, FieldHook } from 'payload'

import type { Id } from '../hardening/perRequestBatches.js'

import { rememberPopulated } from './populatedDocs.js'

type Expected = {
  many: boolean
  name: string
  relationTo: string | string[]
  sibling: Record<string, unknown>
}

/**
 * Relationship values left for Payload to populate, per document being read (the object the
 * read's afterRead fills), checked once that document is complete.
 */
const expected = new WeakMap<object, Expected[]>()

/**
 * Whether Payload will populate this relationship or upload field in this read: the same rule
 * it applies (the read's depth, capped by the field's `maxDepth`).
 */
export const willPopulate = ({
  currentDepth,
  depth,
  field,
}: Pick<Parameters<FieldHook>[0], 'currentDepth' | 'depth' | 'field'>): boolean => {
  const maxDepth = (field as { maxDepth?: unknown }).maxDepth
  const populateDepth =
    typeof maxDepth === 'number' && typeof depth === 'number' && maxDepth < depth ? maxDepth : depth
  return Boolean(populateDepth) && (currentDepth ?? 1) <= (populateDepth as number)
}

/**
 * Leaves the readability of a relationship value to its population: Payload populates only
 * documents the reader may read, as the reader, and leaves the bare id of any other. The value
 * is checked once the document is complete (`dropUnpopulatedRelations`) instead of being looked
 * up beforehand, which would read every related document twice.
 */
export const expectPopulated = (
  doc: object,
  sibling: Record<string, unknown>,
  field: { hasMany?: boolean; name: string; relationTo: string | string[] },
) => {
  const list = expected.get(doc) ?? []
  list.push({
    many: Array.isArray(sibling[field.name]),
    name: field.name,
    relationTo: field.relationTo,
    sibling,
  })
  expected.set(doc, list)
}

// A populated document is a plain object with its id; an id of any kind (a number, a string, a
// driver's id object) is not.
const isPopulated = (value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  Object.getPrototypeOf(value) === Object.prototype &&
  'id' in value

/**
 * The populated document an item holds and the collection it is from, or none when the item was
 * left unpopulated.
 */
const populatedOf = (
  item: unknown,
  relationTo: string | string[],
): undefined | { collection: string; doc: Record<string, unknown> & { id: Id } } => {
  if (Array.isArray(relationTo)) {
    const { relationTo: collection, value } = (item ?? {}) as {
      relationTo?: unknown
      value?: unknown
    }
    return typeof collection === 'string' && isPopulated(value)
      ? { collection, doc: value as Record<string, unknown> & { id: Id } }
      : undefined
  }
  return isPopulated(item)
    ? { collection: relationTo, doc: item as Record<string, unknown> & { id: Id } }
    : undefined
}

/**
 * After Payload has populated a document's relationships, removes every value that was left for
 * population and is still not a document: one the reader may not read, or one that no longer
 * exists. The response never carries its id. The documents that were populated are remembered
 * for the rest of the request (`rememberPopulated`).
 */
export const dropUnpopulatedRelations: CollectionAfterReadHook = ({ doc, req }) => {
  const list = doc && typeof doc === 'object' ? expected.get(doc) : undefined
  if (!list) {
    return doc
  }
  expected.delete(doc)
  for (const { many, name, relationTo, sibling } of list) {
    const value = sibling[name]
    const keep = (item: unknown) => {
      const populated = populatedOf(item, relationTo)
      if (populated) {
        rememberPopulated(req, populated.collection, populated.doc)
      }
      return Boolean(populated)
    }
    if (many && Array.isArray(value)) {
      sibling[name] = value.filter(keep)
    } else if (!many && value !== null && value !== undefined && !keep(value)) {
      sibling[name] = null
    }
  }
  return doc
}
