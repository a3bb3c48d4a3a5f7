import { slugHead } from '../../../_components/SlugHead.js'
import { readArticle } from '../../../articles/[slug]/readArticle.js'

// As the page: rendered on its first request, kept until a webhook expires it.
export const generateStaticParams = () => []

/**
 * The article's JSON-LD in the document head.
 */
const ArticleHead = slugHead(readArticle)

export default ArticleHead
