import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { editorialAccess } from '../../privacy/editorialAccess.js'
import { relationTo } from '../../fields/relationTo.js'
import { richTextEditor } from '../../fields/richTextEditor.js'
import { seedKeyField } from '../../fields/sampleFields.js'
import { slug } from '../../fields/slug.js'
import { topicsField } from '../../fields/topicsField.js'
import { normalizeUrl, validateUrl } from '../../fields/validateUrl.js'
import { setPublishedAt } from '../../fields/setPublishedAt.js'
import { translated } from '../../translations/translated.js'
import { applyOverrides } from '../../options/applyOverrides.js'
import {
  refreshShownImagesAfterChange,
  refreshShownImagesAfterDelete,
} from '../../privacy/refreshImageVisibility.js'
import { graphQLNames } from '../../graphql/graphQLNames.js'
import { livePreviewAdmin } from '../../seo/livePreview.js'
import { populateReadingAids } from './hooks/populateReadingAids.js'
import { reviewFields } from './reviewFields.js'

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
        description: translated('articlesDescription'),
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
          label: translated('articleTitle'),
          localized: options.localize,
          required: true,
        },
        slug(options, 'title'),
        {
          name: 'excerpt',
          type: 'textarea',
          admin: { description: translated('articleExcerptDescription') },
          label: translated('articleExcerpt'),
          localized: options.localize,
          maxLength: 400,
        },
        {
          name: 'heroImage',
          type: 'upload',
          label: translated('articleHeroImage'),
          relationTo: options.slugs.media,
        },
        {
          name: 'body',
          type: 'richText',
          admin: {
            description: translated('articleBodyDescription'),
          },
          editor: richTextEditor(options),
          label: translated('articleBody'),
          localized: options.localize,
          required: true,
        },
        {
          name: 'references',
          type: 'array',
          admin: {
            description: translated('articleReferencesDescription'),
            initCollapsed: true,
          },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'marker',
                  type: 'text',
                  admin: {
                    description: translated('articleReferenceMarkerDescription'),
                    width: '20%',
                  },
                  label: translated('articleReferenceMarker'),
                },
                {
                  name: 'label',
                  type: 'text',
                  label: translated('articleReference'),
                  required: true,
                },
              ],
            },
            {
              name: 'url',
              type: 'text',
              hooks: { beforeChange: [normalizeUrl] },
              label: translated('articleReferenceUrl'),
              validate: validateUrl,
            },
          ],
          label: translated('articleReferences'),
          labels: {
            plural: translated('articleReferences'),
            singular: translated('articleReference'),
          },
        },
        ...relationTo(options, {
          name: 'author',
          admin: { position: 'sidebar' },
          label: translated('articleAuthor'),
          to: 'practitioners',
        }),
        ...topicsField(options),
        ...relationTo(options, {
          name: 'relatedFaqs',
          admin: { description: translated('articleRelatedFaqsDescription') },
          hasMany: true,
          label: translated('articleRelatedFaqs'),
          to: 'faqs',
        }),
        {
          name: 'publishedAt',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            description: translated('articlePublishedAtDescription'),
            position: 'sidebar',
          },
          index: true,
          label: translated('articlePublishedAt'),
        },
        ...reviewFields(options),
        {
          name: 'readingTime',
          type: 'number',
          admin: {
            description: translated('articleReadingTimeDescription'),
            position: 'sidebar',
            readOnly: true,
          },
          label: translated('articleReadingTime'),
          // Derived from the body, which is per locale.
          localized: options.localize,
        },
        {
          name: 'tableOfContents',
          type: 'array',
          admin: {
            description: translated('articleTableOfContentsDescription'),
            initCollapsed: true,
            readOnly: true,
          },
          fields: [
            { name: 'text', type: 'text', label: translated('articleHeading') },
            { name: 'anchor', type: 'text', label: translated('articleAnchor') },
            { name: 'level', type: 'number', label: translated('articleLevel') },
          ],
          label: translated('articleTableOfContents'),
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
      labels: { plural: translated('articlesPlural'), singular: translated('articlesSingular') },
      versions: { drafts: { schedulePublish: false }, maxPerDoc: 25 },
    },
    options.overrides.articles,
  )
