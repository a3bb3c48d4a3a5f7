import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../types.js'

import { editorsOnly } from '../../access/editorsOnly.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { slug } from '../../fields/slug.js'
import { applyOverrides } from '../../utilities/applyOverrides.js'
import { graphQLNames } from '../../utilities/graphQLNames.js'

/**
 * The conditions and themes content is filed under, such as receding hairline or alopecia.
 * Topics are navigation, not editorial content, so they have no drafts and are always public.
 */
export const createTopicsCollection = (options: SanitizedSmpClinicOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.topics!,
      access: {
        create: editorsOnly(options),
        delete: editorsOnly(options),
        read: () => true,
        update: editorsOnly(options),
      },
      admin: {
        defaultColumns: ['name', 'slug', 'updatedAt'],
        description: 'Conditions and themes that articles, FAQs and galleries are filed under.',
        group: options.group,
        useAsTitle: 'name',
      },
      defaultSort: 'name',
      fields: [
        { name: 'name', type: 'text', label: 'Name', localized: options.localize, required: true },
        slug(options, 'name'),
        {
          name: 'description',
          type: 'textarea',
          admin: { description: 'A sentence or two for topic pages and search results.' },
          label: 'Description',
          localized: options.localize,
        },
        seedKeyField(options),
      ],
      graphQL: graphQLNames(options, 'topics'),
      labels: { plural: 'Topics', singular: 'Topic' },
    },
    options.overrides.topics,
  )
