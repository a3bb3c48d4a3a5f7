import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

/**
 * The clinic's Lexical editor. Upload and relationship blocks are left out so no document type
 * (consent records above all) can be embedded in public text; internal links may only point to
 * articles.
 */
export const richTextEditor = (
  options: SanitizedSmpClinicOptions,
): ReturnType<typeof lexicalEditor> =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter(
        (feature) => !['link', 'relationship', 'upload'].includes(feature.key),
      ),
      LinkFeature({
        enabledCollections: options.slugs.articles ? [options.slugs.articles] : [],
      }),
    ],
  })
