import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { editorsOnly } from '../../privacy/editorsOnly.js'
import { clientComponent } from '../../options/adminComponents.js'
import { translated } from '../../translations/translated.js'
import { translatedOptions } from '../../translations/translatedOptions.js'
import { applyPlatformPolicy } from './hooks/applyPlatformPolicy.js'
import { importEndpoint } from './importEndpoint.js'

const whenReview = (_data: unknown, siblingData: Record<string, unknown>) =>
  siblingData?.kind !== 'profile'

/**
 * Reviews clients left on other platforms, imported with attribution (`npm run import`, the list
 * view's import button, `POST /api/<slug>/import`). Public, as they are on the platform, and
 * kept as posted. They are not the clinic's testimonials: no consent, no `jsonLd`, no `Review`
 * or `AggregateRating`. Platforms whose terms forbid storing reviews (Google) keep only the
 * clinic's profile id, which the site links to.
 */
export const createExternalReviewsCollection = (
  options: SanitizedSmpClinicOptions,
): CollectionConfig => {
  const settings = options.externalReviews
  if (!settings) {
    throw new Error('createExternalReviewsCollection: the externalReviews option is off.')
  }
  const readOnlyOnceStored = { readOnly: true }
  return {
    slug: settings.slug,
    access: {
      create: editorsOnly(options),
      delete: editorsOnly(options),
      read: () => true,
      update: editorsOnly(options),
    },
    admin: {
      components: { beforeListTable: [clientComponent('ImportReviews')] },
      defaultColumns: ['author', 'platform', 'rating', 'reviewedAt', 'kind'],
      description: translated('externalReviewsDescription'),
      group: options.group,
      listSearchableFields: ['author', 'text'],
      useAsTitle: 'author',
    },
    defaultSort: '-reviewedAt',
    // A copy would be a second, editable review under the platform's name.
    disableDuplicate: true,
    endpoints: [importEndpoint(options)],
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'platform',
            type: 'select',
            index: true,
            label: translated('externalReviewPlatform'),
            options: Object.entries(settings.platforms).map(([value, policy]) => ({
              label: policy.name,
              value,
            })),
            required: true,
          },
          {
            name: 'kind',
            type: 'select',
            defaultValue: 'review',
            label: translated('externalReviewKind'),
            options: translatedOptions({
              review: 'externalReviewKindReview',
              profile: 'externalReviewKindProfile',
            }),
            required: true,
          },
        ],
      },
      {
        name: 'profileId',
        type: 'text',
        admin: {
          condition: (_data, siblingData) => siblingData?.kind === 'profile',
          description: translated('externalReviewProfileIdDescription'),
        },
        label: translated('externalReviewProfileId'),
      },
      {
        type: 'row',
        fields: [
          {
            name: 'author',
            type: 'text',
            admin: { condition: whenReview },
            label: translated('externalReviewAuthor'),
          },
          {
            name: 'rating',
            type: 'number',
            admin: { condition: whenReview, step: 1 },
            label: translated('testimonialRating'),
            max: 5,
            min: 1,
          },
          {
            name: 'reviewedAt',
            type: 'date',
            admin: { condition: whenReview },
            label: translated('externalReviewReviewedAt'),
          },
        ],
      },
      {
        name: 'title',
        type: 'text',
        admin: { condition: whenReview },
        label: translated('externalReviewTitle'),
      },
      {
        name: 'text',
        type: 'textarea',
        admin: { condition: whenReview },
        label: translated('externalReviewText'),
      },
      {
        name: 'url',
        type: 'text',
        admin: { description: translated('externalReviewUrlDescription') },
        index: true,
        label: translated('externalReviewUrl'),
      },
      // What makes two links the same review (see `platformLink`): one review is stored once.
      {
        name: 'linkKey',
        type: 'text',
        access: { read: () => false, update: () => false },
        admin: { hidden: true },
        unique: true,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'attribution',
            type: 'text',
            admin: {
              description: translated('externalReviewAttributionDescription'),
              ...readOnlyOnceStored,
            },
            label: translated('externalReviewAttribution'),
          },
          {
            name: 'importedAt',
            type: 'date',
            access: { create: () => false, update: () => false },
            admin: { date: { pickerAppearance: 'dayAndTime' }, ...readOnlyOnceStored },
            label: translated('externalReviewImportedAt'),
          },
        ],
      },
    ],
    // Fixed names while the slug is the default, as for the plugin's other collections.
    graphQL:
      settings.slug === 'smp-external-reviews'
        ? {
            pluralName: `${options.graphQL.prefix}ExternalReviews`,
            singularName: `${options.graphQL.prefix}ExternalReview`,
          }
        : undefined,
    hooks: { beforeValidate: [applyPlatformPolicy(options)] },
    labels: {
      plural: translated('externalReviewsPlural'),
      singular: translated('externalReviewsSingular'),
    },
  }
}
