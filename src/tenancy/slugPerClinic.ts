import type { CollectionConfig, CollectionSlug, Field, PayloadRequest, TextField } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { translate } from '../translations/translated.js'
import { tenantsOf } from './tenantScope.js'

type Validate = (
  value: null | string | undefined,
  args: { data: Partial<unknown>; id?: number | string; req: PayloadRequest },
) => Promise<string | true> | string | true

/**
 * The slug field, wherever the plugin placed it (in a row with its lock toggle), with `change`
 * applied; other fields as they are.
 */
const mapSlug = (fields: Field[], change: (field: TextField) => Field): Field[] =>
  fields.map((field) => {
    if ('name' in field && field.name === 'slug') {
      return change(field as TextField)
    }
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      return { ...field, fields: mapSlug(field.fields, change) }
    }
    return field
  })

/**
 * Whether another document of the same clinic already has `value` as its slug.
 */
const takenInClinic = async (
  req: PayloadRequest,
  collection: string,
  field: string,
  value: string,
  tenant: number | string,
  id?: number | string,
): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    overrideAccess: true,
    req,
    where: {
      and: [
        { slug: { equals: value } },
        { [field]: { equals: tenant } },
        ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
      ],
    },
  })
  return totalDocs > 0
}

/**
 * In a chain, a collection's slugs are unique per clinic, not across the chain: two clinics may
 * each have `/articles/what-is-smp`. The database keeps it (one unique index over the slug and
 * the tenant) and an editor who repeats a slug of their clinic is told so, by field. Shared
 * collections (a practitioner at several clinics) keep slugs unique across the chain.
 */
export const slugPerClinic = (
  collection: CollectionConfig,
  options: SanitizedSmpClinicOptions,
): CollectionConfig => {
  const tenancy = options.tenancy
  if (!tenancy) {
    return collection
  }
  const shared = tenancy.shared.some((key) => options.slugs[key] === collection.slug)
  let found = false
  const fields = mapSlug(collection.fields, (field) => {
    found = true
    if (shared) {
      return field
    }
    const validate = field.validate as undefined | Validate
    const perClinic: Validate = async (value, args) => {
      const first = validate ? await validate(value, args) : true
      if (first !== true || typeof value !== 'string' || !value) {
        return first
      }
      const tenant = tenantsOf(args.data, tenancy.field)[0]
      const id = (args as { id?: number | string }).id
      return tenant !== undefined &&
        (await takenInClinic(args.req, collection.slug, tenancy.field, value, tenant, id))
        ? translate(args.req, 'fieldSlugTakenInClinic')
        : true
    }
    return { ...field, unique: false, validate: perClinic } as TextField
  })
  if (!found || shared) {
    return collection
  }
  return {
    ...collection,
    fields,
    indexes: [...(collection.indexes ?? []), { fields: ['slug', tenancy.field], unique: true }],
  }
}
