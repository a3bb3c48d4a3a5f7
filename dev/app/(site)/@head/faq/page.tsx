import { StructuredData } from '../../_components/StructuredData.js'
import { readFaqs } from '../../faq/readFaqs.js'

/**
 * Every FAQ's JSON-LD names the same `FAQPage`, so the scripts together form one list of
 * questions.
 */
const FaqHead = async () => {
  return (await readFaqs()).map((faq) => <StructuredData jsonLd={faq.jsonLd} key={faq.id} />)
}

export default FaqHead
