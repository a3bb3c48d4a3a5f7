import { StructuredData } from '../../_components/StructuredData.js'
import { mergeJsonLd } from '../../_lib/mergeJsonLd.js'
import { readFaqs } from '../../faq/readFaqs.js'

/**
 * Every FAQ's JSON-LD names the same `FAQPage`; the page carries it once, with every question.
 */
const FaqHead = async () => (
  <StructuredData jsonLd={mergeJsonLd((await readFaqs()).map((faq) => faq.jsonLd))} />
)

export default FaqHead
