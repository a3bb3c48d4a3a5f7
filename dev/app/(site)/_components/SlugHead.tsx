import { docOf, type SlugArgs } from '../_lib/slugPage.js'
import { StructuredData } from './StructuredData.js'

type Read = (slug: string, draft: boolean) => Promise<{ jsonLd?: null | string } | undefined>

/**
 * The `@head` slot of a page by slug: the document's JSON-LD, from the same read the page makes,
 * and nothing when it is not found.
 */
export const slugHead = (read: Read) => async (args: SlugArgs) => (
  <StructuredData jsonLd={(await docOf(read, args))?.jsonLd} />
)
