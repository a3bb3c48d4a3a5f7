import type { Field, FilterOptions, Where } from 'payload'

import type { SanitizedTenancyOptions } from '../options/types.js'

import { tenantsOf } from './tenantScope.js'

/**
 * An upload field may name only a file of its own document's clinic (or, for a shared document,
 * of one of its clinics): plugin-multi-tenant narrows relationship fields this way but not upload
 * fields (3.90.2), so an editor of one clinic could put another clinic's private photo on a
 * published page of theirs, and make it public. Payload checks `filterOptions` on every save:
 * another clinic's file is a 400 on the field.
 */
const ownClinicFilter =
  (tenancy: SanitizedTenancyOptions, original: FilterOptions | undefined): FilterOptions =>
  async (args) => {
    const before = typeof original === 'function' ? await original(args) : original
    if (before === false) {
      return false
    }
    const own: Where = { [tenancy.field]: { in: tenantsOf(args.data, tenancy.field) } }
    return before === true || before === undefined || before === null
      ? own
      : { and: [before as Where, own] }
  }

/**
 * `fields` with every upload field that points at a clinic collection (`scoped`) narrowed to the
 * document's clinics, at any depth (groups, rows, arrays, tabs, collapsibles, blocks).
 */
export const uploadsOfClinic = (
  fields: Field[],
  scoped: Set<string>,
  tenancy: SanitizedTenancyOptions,
): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'upload') {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      return targets.some((target) => scoped.has(target))
        ? ({ ...field, filterOptions: ownClinicFilter(tenancy, field.filterOptions) } as Field)
        : field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: uploadsOfClinic(tab.fields, scoped, tenancy),
        })),
      }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: (field.blocks ?? []).map((block) => ({
          ...block,
          fields: uploadsOfClinic(block.fields, scoped, tenancy),
        })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: uploadsOfClinic(field.fields, scoped, tenancy) } as Field
    }
    return field
  })
