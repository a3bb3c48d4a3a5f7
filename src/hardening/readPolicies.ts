import type { CollectionPermission, FlattenedField, PayloadRequest } from 'payload'

import { getAccessResults } from 'payload'

/**
 * Each collection's read permissions in the shape Payload's path check walks: `read` and every
 * field as `{ permission }`, nested fields under `fields`.
 */
export type ReadPolicies = { collections: Record<string, CollectionPermission> }

type Node = Record<string, unknown>

const allowed = { permission: true }

/**
 * A field, and everything under it, that the reader may read. The path check looks a field up in
 * its parent's `fields`, follows the field's own `fields` when it has them, and reads
 * `read.permission` of where it stops; this answers each of those the same way, at any depth.
 */
const readableField: Node = { permission: true, read: allowed }
const everyField: Node = new Proxy(
  {},
  {
    get: (_target, key) => (typeof key === 'string' ? readableField : undefined),
    has: (_target, key) => typeof key === 'string',
  },
)
readableField.fields = everyField

const permissionOf = (value: unknown): unknown => (value === true ? allowed : value)

const subfieldsOf = (field: FlattenedField): FlattenedField[] | undefined =>
  'flattenedFields' in field ? field.flattenedFields : undefined

/**
 * Payload's public `getAccessResults` answers permissions sanitized for the admin panel: an
 * operation or a field allowed in full is `true`, one refused is left out, and so are `fields`
 * left empty. The path check expects the long form, so this restores it from the collection's
 * fields: `true` becomes "allowed, with every field under it", whatever was left out stays out
 * (read as refused), and a group, array or tab whose `fields` were left out gets an empty map, so
 * a path into it is refused rather than judged by the group's own permission. An answer already
 * in the long form passes through unchanged.
 */
const fieldsOf = (fields: unknown, config: FlattenedField[]): Node => {
  if (fields === true) {
    return everyField
  }
  const given = fields && typeof fields === 'object' ? (fields as Node) : {}
  const restored: Node = {}
  for (const field of config) {
    const value = given[field.name]
    if (value === true) {
      restored[field.name] = readableField
    } else if (value && typeof value === 'object') {
      const { fields: nested, read, ...rest } = value as Node
      const subfields = subfieldsOf(field)
      restored[field.name] = {
        ...rest,
        ...(read === undefined ? {} : { read: permissionOf(read) }),
        ...(subfields ? { fields: fieldsOf(nested, subfields) } : {}),
      }
    }
  }
  return restored
}

/**
 * Every collection's read permissions for this request, from Payload's public access API (the
 * one behind `/api/access`), so the plugin depends on no module Payload marks internal.
 */
export const readPolicies = async (req: PayloadRequest): Promise<ReadPolicies> => {
  const results = await getAccessResults({ req })
  const collections: ReadPolicies['collections'] = {}
  for (const { config } of Object.values(req.payload.collections)) {
    const permissions = (results.collections as Record<string, unknown> | undefined)?.[config.slug]
    const { fields, read } = (permissions ?? {}) as Node
    collections[config.slug] = {
      fields: fieldsOf(fields, config.flattenedFields) as CollectionPermission['fields'],
      read: (permissionOf(read) ?? { permission: false }) as CollectionPermission['read'],
    } as CollectionPermission
  }
  return { collections }
}
