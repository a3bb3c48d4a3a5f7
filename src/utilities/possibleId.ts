import type { FlattenedField } from 'payload'

/**
 * Whether `value` could be the id of a document in a collection with these fields: a positive
 * integer on SQL databases, a 24-digit ObjectId on MongoDB, anything non-empty where the
 * collection defines its own `id` field. Anything else names no document, so a read answers 404
 * and a filter 400, instead of a query the database refuses.
 */
export const isPossibleId = (
  defaultIDType: 'number' | 'text',
  fields: readonly Pick<FlattenedField, 'name'>[],
  value: unknown,
): boolean => {
  if (fields.some((field) => field.name === 'id')) {
    return (typeof value === 'string' && value !== '') || typeof value === 'number'
  }
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string') {
    return false
  }
  return defaultIDType === 'number' ? /^[1-9]\d{0,14}$/.test(text) : /^[0-9a-f]{24}$/i.test(text)
}
