import { StructuredData } from '../../../_components/StructuredData.js'
import { isPreview } from '../../../_lib/request.js'
import { readArticle } from '../../../articles/[slug]/readArticle.js'

export const generateStaticParams = () => []

/**
 * The article's JSON-LD in the document head, from the same (deduplicated) read as the page.
 */
const ArticleHead = async ({ params }: { params: Promise<{ slug: string }> }) => {
  const article = await readArticle((await params).slug, await isPreview())
  return <StructuredData jsonLd={article?.jsonLd} />
}

export default ArticleHead
