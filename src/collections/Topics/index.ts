import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { editorsOnly } from '../../privacy/editorsOnly.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { slug } from '../../fields/slug.js'
import { translated } from '../../translations/translated.js'
import { applyOverrides } from '../../options/applyOverrides.js'
import { graphQLNames } from '../../graphql/graphQLNames.js'

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
        description: translated('topicsDescription'),
        group: options.group,
        useAsTitle: 'name',
      },
      defaultSort: 'name',
      fields: [
        {
          name: 'name',
          type: 'text',
          label: translated('topicName'),
          localized: options.localize,
          required: true,
        },
        slug(options, 'name'),
        {
          name: 'description',
          type: 'textarea',
          admin: { description: translated('topicDescriptionDescription') },
          label: translated('topicDescription'),
          localized: options.localize,
        },
        seedKeyField(options),
      ],
      graphQL: graphQLNames(options, 'topics'),
      labels: { plural: translated('topicsPlural'), singular: translated('topicsSingular') },
      // Navigation, not editorial content: no drafts or history.
      versions: false,
    },
    options.overrides.topics,
  )
