import { cache } from 'react'

import { ArticleDocument } from '../../_gql/graphql.js'
import { request } from '../../_lib/request.js'
import { collectionTags, slugTag } from '../../_lib/tags.js'

/**
 * The article by slug, with the documents it shows: its author, FAQs and topics, so a change to
 * any of them expires the page.
 */
export const readArticle = cache(async (slug: string, draft: boolean) => {
  const { Articles } = await request(ArticleDocument, { draft, slug }, [
    slugTag(collectionTags.articles, slug),
    collectionTags.practitioners,
    collectionTags.faqs,
    collectionTags.topics,
  ])
  return Articles?.docs[0]
})
