import { isPreview } from '../_lib/request.js'
import { StructuredData } from './StructuredData.js'

type Read = (slug: string, draft: boolean) => Promise<{ jsonLd?: null | string } | undefined>

/**
 * The `@head` slot of a page by slug: the document's JSON-LD, from the same read the page makes
 * (React's `cache` and Next's data cache make it one request), and nothing when it is not found.
 */
export const slugHead =
  (read: Read) =>
  async ({ params }: { params: Promise<{ slug: string }> }) => (
    <StructuredData jsonLd={(await read((await params).slug, await isPreview()))?.jsonLd} />
  )
