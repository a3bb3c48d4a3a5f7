import { cache } from 'react'

import { GalleryDocument } from '../../_gql/graphql.js'
import { request } from '../../_lib/request.js'
import { collectionTags, slugTag } from '../../_lib/tags.js'

export const readGallery = cache(async (slug: string, draft: boolean) => {
  const { BeforeAfterGalleries } = await request(GalleryDocument, { draft, slug }, [
    slugTag(collectionTags.galleries, slug),
    collectionTags.practitioners,
  ])
  return BeforeAfterGalleries?.docs[0]
})
