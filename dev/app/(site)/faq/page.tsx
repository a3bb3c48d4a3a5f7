import type { Metadata } from 'next'

import { pageMetadata } from '../_lib/metadata.js'
import { EmptyState } from '../_components/EmptyState.js'
import { RichText } from '../_components/RichText.js'
import { readFaqs } from './readFaqs.js'

export const generateMetadata = (): Promise<Metadata> =>
  pageMetadata('/faq', {
    description: 'Answers to the questions clients ask most about scalp micropigmentation.',
    title: 'Frequently asked questions',
  })

/**
 * The FAQs in the order the clinic set in the admin (drag to reorder there). Every FAQ's JSON-LD
 * names the same `FAQPage`, so the page's scripts together form one list of questions.
 */
const FaqPage = async () => {
  const faqs = await readFaqs()
  return (
    <>
      <h1>Frequently asked questions</h1>
      {faqs.length ? (
        <div className="faq-list">
          {faqs.map((faq) => (
            <section aria-labelledby={`faq-${faq.id}`} key={faq.id}>
              <h2 id={`faq-${faq.id}`}>{faq.question}</h2>
              <RichText data={faq.answer} />
            </section>
          ))}
        </div>
      ) : (
        <EmptyState title="No questions answered here yet">
          The clinic&apos;s answers to common questions appear here once they are published.
        </EmptyState>
      )}
    </>
  )
}

export default FaqPage
