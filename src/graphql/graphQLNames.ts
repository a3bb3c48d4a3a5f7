import type { CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

import { defaultSlugs } from '../options/defaultSlugs.js'

const names: Record<SmpCollectionKey, { plural: string; singular: string }> = {
  articles: { plural: 'Articles', singular: 'Article' },
  beforeAfterGalleries: { plural: 'BeforeAfterGalleries', singular: 'BeforeAfterGallery' },
  consents: { plural: 'Consents', singular: 'Consent' },
  faqs: { plural: 'Faqs', singular: 'Faq' },
  media: { plural: 'AllMedia', singular: 'Media' },
  practitioners: { plural: 'Practitioners', singular: 'Practitioner' },
  testimonials: { plural: 'Testimonials', singular: 'Testimonial' },
  topics: { plural: 'Topics', singular: 'Topic' },
}

/**
 * Fixed GraphQL type names (behind the optional prefix), so relabelling a collection in the admin
 * never renames the API.
 * A renamed slug gets Payload's names derived from it instead, which is what keeps two
 * collections from claiming the same type.
 */
export const graphQLNames = (
  options: SanitizedSmpClinicOptions,
  key: SmpCollectionKey,
): CollectionConfig['graphQL'] =>
  options.slugs[key] === defaultSlugs[key]
    ? {
        pluralName: `${options.graphQL.prefix}${names[key].plural}`,
        singularName: `${options.graphQL.prefix}${names[key].singular}`,
      }
    : undefined
