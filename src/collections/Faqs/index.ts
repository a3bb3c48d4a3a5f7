import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../types.js'

import { editorsOnly } from '../../access/editorsOnly.js'
import { publishedOrEditors } from '../../access/publishedOrEditors.js'
import { relationTo } from '../../fields/relationTo.js'
import { richTextEditor } from '../../fields/richTextEditor.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { applyOverrides } from '../../utilities/applyOverrides.js'
import { graphQLNames } from '../../utilities/graphQLNames.js'

/**
 * Questions patients ask, in the order editors arrange them by drag and drop.
 */
export const createFaqsCollection = (options: SanitizedSmpClinicOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.faqs!,
      access: {
        create: editorsOnly(options),
        delete: editorsOnly(options),
        read: publishedOrEditors(options),
        readVersions: editorsOnly(options),
        update: editorsOnly(options),
      },
      admin: {
        defaultColumns: ['question', 'topics', '_status', 'updatedAt'],
        description: 'Frequently asked questions. Drag rows in the list to change their order.',
        group: options.group,
        listSearchableFields: ['question'],
        useAsTitle: 'question',
      },
      fields: [
        { name: 'question', type: 'text', label: 'Question', required: true },
        {
          name: 'answer',
          type: 'richText',
          editor: richTextEditor(options),
          label: 'Answer',
          required: true,
        },
        ...relationTo(options, {
          name: 'topics',
          admin: { position: 'sidebar' },
          hasMany: true,
          label: 'Topics',
          to: 'topics',
        }),
        ...relationTo(options, {
          name: 'relatedArticles',
          admin: { position: 'sidebar' },
          hasMany: true,
          label: 'Related articles',
          to: 'articles',
        }),
        seedKeyField(),
      ],
      graphQL: graphQLNames(options, 'faqs'),
      labels: { plural: 'FAQs', singular: 'FAQ' },
      orderable: true,
      versions: { drafts: true, maxPerDoc: 25 },
    },
    options.overrides.faqs,
  )
