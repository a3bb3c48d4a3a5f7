import type { ExternalReviewsQuery } from '../_gql/graphql.js'

import { formatDate } from '../_lib/labels.js'
import { Stars } from '../_components/Stars.js'

type Review = NonNullable<ExternalReviewsQuery['Posted']>['docs'][number]
type Profile = NonNullable<ExternalReviewsQuery['Profiles']>['docs'][number]

/**
 * Reviews clients left on other platforms, apart from the clinic's own testimonials: each
 * attributed to its platform with a link back, shown as posted, with the rating it has. Links to
 * the platforms whose reviews are not stored (Google). A page that shows only some says so.
 */
export const ExternalReviewsSection = ({
  profiles,
  reviews: posted,
  total: postedTotal,
}: {
  profiles: Profile[]
  reviews: Review[]
  total: number
}) => {
  if (!posted.length && !profiles.length) {
    return null
  }
  return (
    <section aria-labelledby="elsewhere" className="section">
      <h2 id="elsewhere">Reviews on other sites</h2>
      {posted.length ? (
        <>
          <p className="meta">
            {posted.length < postedTotal
              ? `A selection: the ${posted.length} most recent of ${postedTotal} reviews imported from other sites, whatever their rating.`
              : `All ${posted.length} reviews imported from other sites, whatever their rating, as they were posted.`}
          </p>
          <div className="cards">
            {posted.map((review) => (
              <figure className="testimonial" key={review.id}>
                {review.rating ? <Stars rating={review.rating} /> : null}
                <blockquote cite={review.url ?? undefined}>
                  {review.title ? (
                    <p>
                      <strong>{review.title}</strong>
                    </p>
                  ) : null}
                  {(review.text ?? '').split('\n').map((line: string, index: number) => (
                    <p key={index}>{line}</p>
                  ))}
                </blockquote>
                <figcaption>
                  <p>
                    <span className="testimonial__name">{review.author}</span>
                    {review.reviewedAt ? <span> · {formatDate(review.reviewedAt)}</span> : null}
                  </p>
                  <p className="testimonial__disclosure">
                    {review.url ? (
                      <a href={review.url} rel="nofollow noopener">
                        {review.attribution}
                      </a>
                    ) : (
                      review.attribution
                    )}
                  </p>
                </figcaption>
              </figure>
            ))}
          </div>
        </>
      ) : null}
      {profiles.length ? (
        <ul>
          {profiles.map((profile) =>
            profile.url ? (
              <li key={profile.id}>
                <a href={profile.url} rel="nofollow noopener">
                  {profile.attribution}
                </a>
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
    </section>
  )
}
