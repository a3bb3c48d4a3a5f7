import type { Testimonial_Treatment } from '../_gql/graphql.js'

import { treatmentLabels } from '../_lib/labels.js'
import { EmptyState } from './EmptyState.js'

type Testimonial = {
  clientName: null | string
  disclaimer: null | string
  disclosure: null | string
  practitioner?: { name: null | string; slug: null | string } | null
  quote: null | string
  treatment: null | Testimonial_Treatment
}

/**
 * A client's words with what the law asks to be shown beside them: the disclosure (a relationship
 * with the clinic, an incentive) when there is one, and the disclaimer, always.
 */
export const TestimonialCard = ({ testimonial }: { testimonial: Testimonial }) => (
  <figure className="testimonial">
    <blockquote>
      <p>{testimonial.quote}</p>
    </blockquote>
    {/* The caption holds what is said about the quote: who, and what the law asks beside it. */}
    <figcaption>
      <p>
        <span className="testimonial__name">{testimonial.clientName}</span>
        {testimonial.treatment ? <span> · {treatmentLabels[testimonial.treatment]}</span> : null}
        {testimonial.practitioner?.slug ? (
          <span>
            {' '}
            · with{' '}
            <a href={`/practitioners/${testimonial.practitioner.slug}`}>
              {testimonial.practitioner.name}
            </a>
          </span>
        ) : null}
      </p>
      {testimonial.disclosure ? (
        <p className="testimonial__disclosure">{testimonial.disclosure}</p>
      ) : null}
      {testimonial.disclaimer ? <p className="disclaimer">{testimonial.disclaimer}</p> : null}
    </figcaption>
  </figure>
)

/**
 * A page's "What clients say" section: each published testimonial, or, when none is, `empty`
 * saying why (testimonials need the client's written consent).
 */
export const TestimonialsSection = ({
  empty,
  testimonials,
}: {
  empty: string
  testimonials: ({ id: number | string } & Testimonial)[]
}) => (
  <section aria-labelledby="testimonials" className="section">
    <h2 id="testimonials">What clients say</h2>
    {testimonials.length ? (
      <div className="cards">
        {testimonials.map((testimonial) => (
          <TestimonialCard key={testimonial.id} testimonial={testimonial} />
        ))}
      </div>
    ) : (
      <EmptyState title="No client stories published yet">{empty}</EmptyState>
    )}
  </section>
)
