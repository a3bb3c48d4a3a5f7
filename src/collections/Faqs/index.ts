import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { editorialAccess } from '../../privacy/editorialAccess.js'
import { relationTo } from '../../fields/relationTo.js'
import { richTextEditor } from '../../fields/richTextEditor.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { topicsField } from '../../fields/topicsField.js'
import { translated } from '../../translations/translated.js'
import { applyOverrides } from '../../options/applyOverrides.js'
import { graphQLNames } from '../../graphql/graphQLNames.js'

/**
 * Questions patients ask, in the order editors arrange them by drag and drop.
 */
export const createFaqsCollection = (options: SanitizedSmpClinicOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.faqs!,
      access: editorialAccess(options),
      admin: {
        defaultColumns: ['question', 'topics', '_status', 'updatedAt'],
        description: translated('faqsDescription'),
        group: options.group,
        listSearchableFields: ['question'],
        useAsTitle: 'question',
      },
      fields: [
        {
          name: 'question',
          type: 'text',
          label: translated('faqQuestion'),
          localized: options.localize,
          required: true,
        },
        {
          name: 'answer',
          type: 'richText',
          editor: richTextEditor(options),
          label: translated('faqAnswer'),
          localized: options.localize,
          required: true,
        },
        ...topicsField(options),
        ...relationTo(options, {
          name: 'relatedArticles',
          admin: { position: 'sidebar' },
          hasMany: true,
          label: translated('faqRelatedArticles'),
          to: 'articles',
        }),
        seedKeyField(options),
      ],
      graphQL: graphQLNames(options, 'faqs'),
      labels: { plural: translated('faqsPlural'), singular: translated('faqsSingular') },
      orderable: true,
      versions: { drafts: true, maxPerDoc: 25 },
    },
    options.overrides.faqs,
  )
