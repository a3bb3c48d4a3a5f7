import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../types.js'

import { editorialAccess } from '../../access/editorialAccess.js'
import { relationTo } from '../../fields/relationTo.js'
import { richTextEditor } from '../../fields/richTextEditor.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { slug } from '../../fields/slug.js'
import { topicsField } from '../../fields/topicsField.js'
import { normalizeUrl, validateUrl } from '../../fields/validateUrl.js'
import { setPublishedAt } from '../../hooks/setPublishedAt.js'
import { applyOverrides } from '../../utilities/applyOverrides.js'
import {
  refreshShownImagesAfterChange,
  refreshShownImagesAfterDelete,
} from '../../hooks/refreshImageVisibility.js'
import { graphQLNames } from '../../utilities/graphQLNames.js'
import { livePreviewAdmin } from '../../utilities/livePreviewAdmin.js'
import { populateReadingAids } from './hooks/populateReadingAids.js'

/**
 * Long-form educational content: the clinic's articles about hair loss and its treatments.
 */
export const createArticlesCollection = (options: SanitizedSmpClinicOptions): CollectionConfig =>
  applyOverrides(
    {
      slug: options.slugs.articles!,
      access: editorialAccess(options),
      admin: {
        defaultColumns: ['title', 'author', 'publishedAt', '_status', 'updatedAt'],
        description: 'Educational articles about hair loss and scalp micropigmentation.',
        group: options.group,
        ...livePreviewAdmin(options, 'articles'),
        listSearchableFields: ['title', 'excerpt'],
        useAsTitle: 'title',
      },
      defaultSort: '-publishedAt',
      fields: [
        {
          name: 'title',
          type: 'text',
          label: 'Title',
          localized: options.localize,
          required: true,
        },
        slug(options, 'title'),
        {
          name: 'excerpt',
          type: 'textarea',
          admin: { description: 'One or two sentences shown in lists and search results.' },
          label: 'Excerpt',
          localized: options.localize,
          maxLength: 400,
        },
        {
          name: 'heroImage',
          type: 'upload',
          label: 'Hero image',
          relationTo: options.slugs.media,
        },
        {
          name: 'body',
          type: 'richText',
          admin: {
            description:
              'Use headings for sections: they become the table of contents and set the reading time.',
          },
          editor: richTextEditor(options),
          label: 'Body',
          localized: options.localize,
          required: true,
        },
        {
          name: 'references',
          type: 'array',
          admin: {
            description:
              'Sources behind the citation markers in the body, such as (1). Leave the URL empty when the source is not online.',
            initCollapsed: true,
          },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'marker',
                  type: 'text',
                  admin: { description: 'As it appears in the body, e.g. 1.', width: '20%' },
                  label: 'Marker',
                },
                {
                  name: 'label',
                  type: 'text',
                  label: 'Reference',
                  required: true,
                },
              ],
            },
            {
              name: 'url',
              type: 'text',
              hooks: { beforeChange: [normalizeUrl] },
              label: 'URL',
              validate: validateUrl,
            },
          ],
          label: 'References',
          labels: { plural: 'References', singular: 'Reference' },
        },
        ...relationTo(options, {
          name: 'author',
          admin: { position: 'sidebar' },
          label: 'Author',
          to: 'practitioners',
        }),
        ...topicsField(options),
        ...relationTo(options, {
          name: 'relatedFaqs',
          admin: { description: 'FAQs shown with this article, in this order.' },
          hasMany: true,
          label: 'Related FAQs',
          to: 'faqs',
        }),
        {
          name: 'publishedAt',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            description: 'Set automatically on first publish; can be changed.',
            position: 'sidebar',
          },
          index: true,
          label: 'Published at',
        },
        {
          name: 'reviewedAt',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayOnly' },
            description:
              'When the content was last checked for accuracy. Search engines read it as the last review; empty means the last update.',
            position: 'sidebar',
          },
          label: 'Reviewed on',
        },
        {
          name: 'readingTime',
          type: 'number',
          admin: {
            description: 'Minutes, computed from the body.',
            position: 'sidebar',
            readOnly: true,
          },
          label: 'Reading time',
          // Derived from the body, which is per locale.
          localized: options.localize,
        },
        {
          name: 'tableOfContents',
          type: 'array',
          admin: {
            description: 'Computed from the headings in the body.',
            initCollapsed: true,
            readOnly: true,
          },
          fields: [
            { name: 'text', type: 'text', label: 'Heading' },
            { name: 'anchor', type: 'text', label: 'Anchor' },
            { name: 'level', type: 'number', label: 'Level' },
          ],
          label: 'Table of contents',
          localized: options.localize,
        },
        seedKeyField(options),
      ],
      hooks: {
        afterChange: [refreshShownImagesAfterChange(options, 'articles')],
        afterDelete: [refreshShownImagesAfterDelete(options, 'articles')],
        beforeChange: [populateReadingAids, setPublishedAt],
      },
      graphQL: graphQLNames(options, 'articles'),
      labels: { plural: 'Articles', singular: 'Article' },
      versions: { drafts: { schedulePublish: false }, maxPerDoc: 25 },
    },
    options.overrides.articles,
  )
