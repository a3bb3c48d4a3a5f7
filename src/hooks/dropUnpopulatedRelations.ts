import type { CollectionAfterReadHook, FieldHook } from 'payload'

type Expected = {
  many: boolean
  name: string
  polymorphic: boolean
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
    polymorphic: Array.isArray(field.relationTo),
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

const kept = (item: unknown, polymorphic: boolean) =>
  polymorphic
    ? item !== null && typeof item === 'object' && isPopulated((item as { value?: unknown }).value)
    : isPopulated(item)

/**
 * After Payload has populated a document's relationships, removes every value that was left for
 * population and is still not a document: one the reader may not read, or one that no longer
 * exists. The response never carries its id.
 */
export const dropUnpopulatedRelations: CollectionAfterReadHook = ({ doc }) => {
  const list = doc && typeof doc === 'object' ? expected.get(doc) : undefined
  if (!list) {
    return doc
  }
  expected.delete(doc)
  for (const { many, name, polymorphic, sibling } of list) {
    const value = sibling[name]
    if (many && Array.isArray(value)) {
      sibling[name] = value.filter((item) => kept(item, polymorphic))
    } else if (!many && value !== null && value !== undefined && !kept(value, polymorphic)) {
      sibling[name] = null
    }
  }
  return doc
}
