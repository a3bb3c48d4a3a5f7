import type { Metadata } from 'next'

import { metadataOf, type SeoFields } from './metadata.js'
import { isPreview } from './request.js'

export type SlugArgs = { params: Promise<{ slug: string }> }

type Read<T> = (slug: string, draft: boolean) => Promise<T | undefined>

/**
 * The document a page by slug shows (its draft in preview). The page, its metadata and its `@head`
 * slot each ask; the reader is React-cached, so the render reads it once.
 */
export const docOf = async <T>(read: Read<T>, { params }: SlugArgs): Promise<T | undefined> =>
  read((await params).slug, await isPreview())

/**
 * A page by slug's `generateMetadata`: the document's SEO fields, under `title` when they name
 * none; nothing for a slug that shows no document (the page answers 404).
 */
export const metadataBySlug =
  <T extends { meta?: null | SeoFields }>(
    read: Read<T>,
    title: (doc: T) => string,
    type: 'article' | 'profile' | 'website' = 'website',
  ) =>
  async (args: SlugArgs): Promise<Metadata> => {
    const doc = await docOf(read, args)
    return doc ? metadataOf(doc.meta, title(doc), type) : {}
  }
