import type { Field, FieldHook, PayloadRequest, TextField } from 'payload'

import { slugField } from 'payload'
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

/**
 * Payload's own slug field, which fills itself from `from` in the admin panel until an editor
 * unlocks and edits it.
 */
export const slug = (options: SanitizedSmpClinicOptions, from: keyof typeof keys): Field =>
  slugField({
    overrides: (row) => ({
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
          // Filled before validation, so API clients need not send it; still never left empty.
          validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) =>
            value ? true : translate(req, keys[from].required),
        } as TextField
      }),
    }),
    required: false,
    useAsSlug: from,
  })
