import { EmptyState } from '../_components/EmptyState.js'
import { TestimonialCard } from '../_components/TestimonialCard.js'
import { ExternalReviewsSection } from './ExternalReviewsSection.js'
import { AllTestimonialsDocument, ExternalReviewsDocument } from '../_gql/graphql.js'
import { request } from '../_lib/request.js'
import { collectionTags } from '../_lib/tags.js'

/**
 * The page number in a query string: anything but a whole number from 1 is the first page.
 */
export const pageOf = (value: string | string[] | undefined) => {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isSafeInteger(page) && page >= 1 && page <= 9999 ? page : 1
}

/**
 * Every published testimonial, newest first, whatever its rating: the list the home page's
 * selection links to. Presented as all of them, so it holds all of them, page by page.
 */
export const TestimonialsView = async ({ page }: { page: number }) => {
  const { TestimonialSelection: list } = await request(AllTestimonialsDocument, { page }, [
    collectionTags.testimonials,
    collectionTags.practitioners,
  ])
  const testimonials = list.docs.filter((doc) => doc !== null)
  // Imports are not reported by webhooks: the list is asked for again every five minutes.
  const { Posted, Profiles } = await request(ExternalReviewsDocument, {}, [], { revalidate: 300 })
  return (
    <>
      <h1>Client testimonials</h1>
      {testimonials.length ? (
        <>
          <p className="lead">{list.label}</p>
          <div className="cards">
            {testimonials.map((testimonial) => (
              <TestimonialCard key={testimonial.id} testimonial={testimonial} />
            ))}
          </div>
          {list.page > 1 || list.hasNextPage ? (
            <nav aria-label="Pages of testimonials" className="pager">
              {list.page > 1 ? (
                <a href={list.page === 2 ? '/testimonials' : `/testimonials?page=${list.page - 1}`}>
                  Newer
                </a>
              ) : null}{' '}
              {list.hasNextPage ? <a href={`/testimonials?page=${list.page + 1}`}>Older</a> : null}
            </nav>
          ) : null}
        </>
      ) : page > 1 ? (
        <EmptyState title={`There is no page ${page}`}>
          {list.label} <a href="/testimonials">Back to the newest</a>.
        </EmptyState>
      ) : (
        <EmptyState title="No client stories published yet">
          Testimonials appear here only with the written consent of each client.{' '}
          <a href="/share-your-story">Share your story</a>.
        </EmptyState>
      )}
      {page === 1 ? (
        <ExternalReviewsSection
          profiles={Profiles?.docs ?? []}
          reviews={Posted?.docs ?? []}
          total={Posted?.totalDocs ?? 0}
        />
      ) : null}
    </>
  )
}
