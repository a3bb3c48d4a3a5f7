import { cache } from 'react'

import { PractitionerDocument } from '../../_gql/graphql.js'
import { request } from '../../_lib/request.js'
import { collectionTags, slugTag } from '../../_lib/tags.js'

/**
 * The practitioner with what they are shown beside: galleries, testimonials and articles, so a
 * change to any of those collections expires the page.
 */
export const readPractitioner = cache(async (slug: string, draft: boolean) => {
  const { Practitioners } = await request(PractitionerDocument, { draft, slug }, [
    slugTag(collectionTags.practitioners, slug),
    collectionTags.galleries,
    collectionTags.testimonials,
    collectionTags.articles,
  ])
  return Practitioners?.docs[0]
})
