import type { Field, TextField } from 'payload'

import { slugField } from 'payload'

/**
 * Payload's own slug field: filled from `from` until an editor unlocks and edits it.
 */
export const slug = (from: string): Field =>
  slugField({
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field) =>
        'name' in field && field.name === 'slug'
          ? ({
              ...(field as TextField),
              admin: {
                ...(field as TextField).admin,
                description: `The address of this page. Filled from the ${from}; unlock to edit.`,
              },
              label: 'Slug',
            } as TextField)
          : field,
      ),
    }),
    useAsSlug: from,
  })
