import { cache } from 'react'

import { FaqPageDocument } from '../_gql/graphql.js'
import { request } from '../_lib/request.js'
import { collectionTags } from '../_lib/tags.js'

/**
 * The published FAQs in the order the clinic set in the admin (drag to reorder there).
 */
export const readFaqs = cache(
  async () => (await request(FaqPageDocument, {}, [collectionTags.faqs])).Faqs?.docs ?? [],
)
