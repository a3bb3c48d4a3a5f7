import type { Metadata } from 'next'

import { pageMetadata } from './_lib/metadata.js'
import { Picture } from './_components/Picture.js'
import { TestimonialsSection } from './_components/TestimonialCard.js'
import { HomeDocument } from './_gql/graphql.js'
import { clinicName } from './_lib/clinic.js'
import { formatDate, treatmentLabels } from './_lib/labels.js'
import { request } from './_lib/request.js'
import { collectionTags } from './_lib/tags.js'

export const generateMetadata = (): Promise<Metadata> => pageMetadata('/')

/**
 * The home page shows what the clinic has published, and only that: a section with nothing public
 * yet (a fresh install publishes the article and the FAQs) is left out, never filled with
 * made-up content.
 */
const HomePage = async () => {
  const { Articles, BeforeAfterGalleries, Practitioners, TestimonialSelection } = await request(
    HomeDocument,
    {},
    Object.values(collectionTags),
  )
  const name = await clinicName()
  const articles = Articles?.docs ?? []
  const testimonials = TestimonialSelection.docs.filter((doc) => doc !== null)
  const practitioners = Practitioners?.docs ?? []
  const galleries = BeforeAfterGalleries?.docs ?? []
  const teaser = galleries.flatMap((gallery) =>
    gallery.pairs.slice(0, 1).map((pair) => ({ gallery, pair })),
  )
  return (
    <>
      <h1>{name}</h1>
      <p className="lead">
        Scalp micropigmentation and hair-loss care, explained plainly by the people who do it.
      </p>

      {articles.length ? (
        <section aria-labelledby="latest" className="section">
          <h2 id="latest">Latest articles</h2>
          <ul className="cards">
            {articles.map((article) => (
              <li className="card" key={article.slug}>
                {article.heroImage ? (
                  <Picture image={article.heroImage} shape="card" sizes="20rem" />
                ) : null}
                <h3>
                  <a href={`/articles/${article.slug}`}>{article.title}</a>
                </h3>
                <p className="meta">
                  {[
                    formatDate(article.publishedAt),
                    article.readingTime ? `${article.readingTime} min read` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {article.excerpt ? <p>{article.excerpt}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {testimonials.length ? (
        <TestimonialsSection empty="" list={TestimonialSelection} testimonials={testimonials} />
      ) : null}

      {teaser.length ? (
        <section aria-labelledby="results" className="section">
          <h2 id="results">Results</h2>
          <ul className="cards">
            {teaser.map(({ gallery, pair }) => (
              <li className="card" key={gallery.slug}>
                {pair.after ? <Picture image={pair.after} shape="square" sizes="20rem" /> : null}
                <h3>
                  <a href={`/results/${gallery.slug}`}>{gallery.title}</a>
                </h3>
                {gallery.treatmentType ? (
                  <p className="meta">{treatmentLabels[gallery.treatmentType]}</p>
                ) : null}
                {gallery.disclaimer ? <p className="disclaimer">{gallery.disclaimer}</p> : null}
              </li>
            ))}
          </ul>
          <p>
            <a href="/results">See all results</a>
          </p>
        </section>
      ) : null}

      {practitioners.length ? (
        <section aria-labelledby="team" className="section">
          <h2 id="team">Our practitioners</h2>
          <ul className="cards">
            {practitioners.map((practitioner) => (
              <li className="card" key={practitioner.slug}>
                <h3>
                  <a href={`/practitioners/${practitioner.slug}`}>{practitioner.name}</a>
                </h3>
                <p className="meta">
                  {[practitioner.title, practitioner.credentials].filter(Boolean).join(', ')}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}

export default HomePage
