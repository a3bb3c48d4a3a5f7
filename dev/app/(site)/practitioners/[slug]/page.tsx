import { notFound } from 'next/navigation.js'

import { EmptyState } from '../../_components/EmptyState.js'
import { Gallery } from '../../_components/Gallery.js'
import { Picture } from '../../_components/Picture.js'
import { RichText } from '../../_components/RichText.js'
import { TestimonialsSection } from '../../_components/TestimonialCard.js'
import { formatDate, treatmentLabels } from '../../_lib/labels.js'
import { docOf, metadataBySlug, type SlugArgs } from '../../_lib/slugPage.js'
import { readPractitioner } from './readPractitioner.js'

// Rendered on first request, kept until a webhook expires it.
export const generateStaticParams = () => []

export const generateMetadata = metadataBySlug(
  readPractitioner,
  (practitioner) => practitioner.name ?? '',
  'profile',
)

const PractitionerPage = async (args: SlugArgs) => {
  const practitioner = await docOf(readPractitioner, args)
  if (!practitioner) {
    notFound()
  }
  const galleries = practitioner.galleries?.docs ?? []
  const testimonials = (practitioner.testimonials?.docs ?? []).filter((doc) => doc !== null)
  const testimonialCount = practitioner.testimonials?.totalDocs ?? testimonials.length
  // The join shows the most recent ones: when it leaves some out, the page says so.
  const testimonialList = {
    isSelection: testimonialCount > testimonials.length,
    label:
      testimonialCount > testimonials.length
        ? `A selection: the ${testimonials.length} most recent of ${testimonialCount} testimonials about ${practitioner.name}.`
        : `All ${testimonialCount} published ${testimonialCount === 1 ? 'testimonial' : 'testimonials'} about ${practitioner.name}, whatever their rating.`,
    totalPublished: testimonialCount,
  }
  const articles = practitioner.articles?.docs ?? []
  const facts = [
    practitioner.yearsOfExperience ? `${practitioner.yearsOfExperience} years of experience` : null,
    practitioner.languages?.length ? `Speaks ${practitioner.languages.join(', ')}` : null,
  ].filter(Boolean)
  return (
    <>
      <header className="author">
        {practitioner.photo ? (
          <Picture image={practitioner.photo} priority shape="square" sizes="5rem" />
        ) : null}
        <div>
          <h1>{practitioner.name}</h1>
          <p className="meta">
            {[practitioner.title, practitioner.credentials].filter(Boolean).join(', ')}
          </p>
        </div>
      </header>
      {facts.length ? <p>{facts.join(' · ')}</p> : null}
      {practitioner.specialties?.length ? (
        <ul aria-label="Specialties" className="tags">
          {practitioner.specialties.map((specialty) => (
            <li key={specialty}>{treatmentLabels[specialty]}</li>
          ))}
        </ul>
      ) : null}
      <RichText className="article__body" data={practitioner.bio} />
      {practitioner.bookingUrl ? (
        <p>
          <a className="button" href={practitioner.bookingUrl}>
            Book a consultation with {practitioner.name}
          </a>
        </p>
      ) : null}

      {practitioner.certifications?.length ? (
        <section aria-labelledby="credentials" className="section">
          <h2 id="credentials">Credentials</h2>
          <ul>
            {practitioner.certifications.map((certification, index) => (
              <li key={index}>
                {certification.name}
                {certification.issuer ? `, ${certification.issuer}` : ''}
                {certification.year ? ` (${certification.year})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="results" className="section">
        <h2 id="results">Results</h2>
        {galleries.length ? (
          galleries.map((gallery) => (
            <Gallery gallery={gallery} headingLevel={3} key={gallery.id} />
          ))
        ) : (
          <EmptyState title="No results published yet">
            Galleries appear here only with the written consent of each client.
          </EmptyState>
        )}
      </section>

      <TestimonialsSection
        empty="Testimonials appear here only with the written consent of each client."
        list={testimonialList}
        testimonials={testimonials}
      />

      <section aria-labelledby="articles" className="section">
        <h2 id="articles">Articles</h2>
        {articles.length ? (
          <ul>
            {articles.map((article) => (
              <li key={article.slug}>
                <a href={`/articles/${article.slug}`}>{article.title}</a>
                {article.publishedAt ? (
                  <span className="meta"> · {formatDate(article.publishedAt)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No articles yet">
            {practitioner.name}&apos;s articles appear here once they are published.
          </EmptyState>
        )}
      </section>
    </>
  )
}

export default PractitionerPage
