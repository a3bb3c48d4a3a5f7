import type { Field, FieldHook, PayloadRequest, TextField } from 'payload'

import * as payloadExports from 'payload'
import { slugify } from 'payload/shared'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { editorsOnlyField } from '../privacy/editorsOnly.js'
import { translate, translated } from '../translations/translated.js'

/**
 * Fills an empty slug from the source field before validation, so documents created through the
 * REST and GraphQL APIs (which have no admin panel to generate it) get one too.
 */
const fillSlugFrom =
  (from: string): FieldHook =>
  ({ data, originalDoc, value }) => {
    if (typeof value === 'string' && value.trim()) {
      return slugify(value)
    }
    const source = data?.[from] ?? originalDoc?.[from]
    return typeof source === 'string' ? slugify(source) : value
  }

const keys = {
  name: { description: 'fieldSlugFromNameDescription', required: 'fieldSlugFromNameRequired' },
  title: { description: 'fieldSlugFromTitleDescription', required: 'fieldSlugFromTitleRequired' },
} as const

type Row = { fields: Field[]; type: 'row' }

/**
 * Payload 3's `slugField()` helper (a row of the hidden `generateSlug` checkbox and the slug text
 * field with its lock toggle in the admin panel). Payload 4 removed it for a field type of its
 * own, `type: 'slug'`, which fills itself from `useAsSlug` (`undefined` there).
 */
const slugFieldOf3 = (payloadExports as Partial<typeof payloadExports>).slugField

/**
 * The same row on Payload 4: the checkbox is kept (hidden, and ignored there), so the two majors
 * store the same columns and a site moving from one to the other needs no migration for it.
 */
const slugRowOf4 = (from: string): Row => ({
  type: 'row',
  fields: [
    {
      name: 'generateSlug',
      type: 'checkbox',
      admin: { disableListColumn: true, disableListFilter: true, hidden: true },
      defaultValue: true,
    },
    // Not in Payload 3's field types, so not in the types this package is compiled against.
    { name: 'slug', type: 'slug', index: true, unique: true, useAsSlug: from } as unknown as Field,
  ],
})

const slugRow = (from: string, overrides: (row: Row) => Row): Field =>
  slugFieldOf3
    ? slugFieldOf3({ overrides: overrides as never, required: false, useAsSlug: from })
    : overrides(slugRowOf4(from))

/**
 * Payload's own slug field, which fills itself from `from` in the admin panel until an editor
 * unlocks and edits it.
 */
export const slug = (options: SanitizedSmpClinicOptions, from: keyof typeof keys): Field =>
  slugRow(from, (row) => ({
    ...row,
    fields: row.fields.map((field) => {
      if (!('name' in field) || field.name !== 'slug') {
        // The lock toggle is an editing aid, not content.
        return 'name' in field
          ? ({ ...field, access: { read: editorsOnlyField(options) } } as Field)
          : field
      }
      const text = field as TextField
      return {
        ...text,
        admin: {
          ...text.admin,
          description: translated(keys[from].description),
        },
        hooks: {
          ...text.hooks,
          beforeValidate: [...(text.hooks?.beforeValidate ?? []), fillSlugFrom(from)],
        },
        label: translated('fieldSlug'),
        // Not required for Payload: filled before validation, so API clients need not send it;
        // still never left empty.
        required: false,
        validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) =>
          value ? true : translate(req, keys[from].required),
      } as TextField
    }),
  }))
