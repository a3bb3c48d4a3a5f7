import type { TestimonialCardFragment } from '../_gql/graphql.js'

import { treatmentLabels } from '../_lib/labels.js'
import { EmptyState } from './EmptyState.js'
import { Stars } from './Stars.js'

/**
 * A client's words with what the law asks to be shown beside them: the disclosure (a relationship
 * with the clinic, an incentive, help from AI) when there is one, and the disclaimer, always. The
 * rating is shown whatever it is, and the badge only where the clinic matched the author to an
 * appointment.
 */
export const TestimonialCard = ({ testimonial }: { testimonial: TestimonialCardFragment }) => (
  <figure className="testimonial">
    {testimonial.rating ? <Stars rating={testimonial.rating} /> : null}
    <blockquote>
      <p>{testimonial.quote}</p>
    </blockquote>
    {/* The caption holds what is said about the quote: who, and what the law asks beside it. */}
    <figcaption>
      <p>
        <span className="testimonial__name">{testimonial.clientName}</span>
        {testimonial.verifiedClient ? (
          <span className="badge" title="The clinic matched this author to an appointment">
            Verified client
          </span>
        ) : null}
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
 * What a list of testimonials is, shown above it: a selection says so and links to all of them
 * (16 CFR 465.7 forbids passing a selection off as every review).
 */
export type TestimonialList = {
  isSelection: boolean
  label: string
  totalPublished: number
}

/**
 * A page's "What clients say" section: the testimonials with what the list is, or, when none is
 * published, `empty` saying why (testimonials need the client's written consent).
 */
export const TestimonialsSection = ({
  empty,
  list,
  testimonials,
}: {
  empty: string
  list: TestimonialList
  testimonials: TestimonialCardFragment[]
}) => (
  <section aria-labelledby="testimonials" className="section">
    <h2 id="testimonials">What clients say</h2>
    {testimonials.length ? (
      <>
        <p className="meta testimonials__label">
          {list.label}
          {list.isSelection && list.totalPublished > testimonials.length ? (
            <>
              {' '}
              <a href="/testimonials">Read all {list.totalPublished}</a>
            </>
          ) : null}
        </p>
        <div className="cards">
          {testimonials.map((testimonial) => (
            <TestimonialCard key={testimonial.id} testimonial={testimonial} />
          ))}
        </div>
      </>
    ) : (
      <EmptyState title="No client stories published yet">{empty}</EmptyState>
    )}
  </section>
)
