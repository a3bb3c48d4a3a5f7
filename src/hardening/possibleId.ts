import type { FlattenedField } from 'payload'

/**
 * The form of the ids a database gives documents: whole numbers (Payload's SQL adapters by
 * default), UUIDs (`idType: 'uuid'` on Postgres and SQLite), or ObjectIds (MongoDB).
 */
export type IdShape = 'objectId' | 'serial' | 'uuid'

/**
 * The id form of a database adapter, or of the adapter object a config holds (both carry the
 * adapter's name and the id type Payload gives its schema).
 */
export const idShapeOf = (db: { defaultIDType: 'number' | 'text'; name?: string }): IdShape => {
  if (db.name === 'mongoose') {
    return 'objectId'
  }
  return db.defaultIDType === 'number' ? 'serial' : 'uuid'
}

const forms: Record<IdShape, RegExp> = {
  objectId: /^[0-9a-f]{24}$/i,
  serial: /^[1-9]\d{0,14}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
}

/**
 * Whether `value` could be the id of a document in a collection with these fields: a positive
 * whole number, a UUID or a 24-digit ObjectId as the database gives them, or anything non-empty
 * where the collection defines its own `id` field. Anything else names no document, so a read
 * answers 404 and a filter 400, instead of a query the database refuses.
 */
export const isPossibleId = (
  shape: IdShape,
  fields: readonly Pick<FlattenedField, 'name'>[],
  value: unknown,
): boolean => {
  if (fields.some((field) => field.name === 'id')) {
    return (typeof value === 'string' && value !== '') || typeof value === 'number'
  }
  const text = typeof value === 'number' ? String(value) : value
  return typeof text === 'string' && forms[shape].test(text)
}
