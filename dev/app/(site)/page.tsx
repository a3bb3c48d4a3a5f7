import { EmptyState } from './_components/EmptyState.js'
import { Picture } from './_components/Picture.js'
import { TestimonialsSection } from './_components/TestimonialCard.js'
import { HomeDocument } from './_gql/graphql.js'
import { formatDate, treatmentLabels } from './_lib/labels.js'
import { request } from './_lib/request.js'
import { siteName } from './_lib/site.js'
import { collectionTags } from './_lib/tags.js'

const HomePage = async () => {
  const { Articles, BeforeAfterGalleries, Practitioners, Testimonials } = await request(
    HomeDocument,
    {},
    Object.values(collectionTags),
  )
  const articles = Articles?.docs ?? []
  const testimonials = Testimonials?.docs ?? []
  const practitioners = Practitioners?.docs ?? []
  const galleries = BeforeAfterGalleries?.docs ?? []
  const teaser = galleries.flatMap((gallery) =>
    gallery.pairs.slice(0, 1).map((pair) => ({ gallery, pair })),
  )
  return (
    <>
      <h1>{siteName}</h1>
      <p className="lead">
        Scalp micropigmentation and hair-loss care, explained plainly by the people who do it.
      </p>

      <section aria-labelledby="latest" className="section">
        <h2 id="latest">Latest articles</h2>
        {articles.length ? (
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
        ) : (
          <EmptyState title="No articles yet">
            Articles appear here as soon as the clinic publishes them.
          </EmptyState>
        )}
      </section>

      <TestimonialsSection
        empty="Client testimonials are shown only with the client's written consent, and only while it lasts."
        testimonials={testimonials}
      />

      <section aria-labelledby="results" className="section">
        <h2 id="results">Results</h2>
        {teaser.length ? (
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
        ) : (
          <EmptyState title="No results published yet">
            Before-and-after photos appear here only with the client&apos;s written consent.
          </EmptyState>
        )}
        <p>
          <a href="/results">
            {BeforeAfterGalleries?.totalDocs ? 'See all results' : 'About our results'}
          </a>
        </p>
      </section>

      <section aria-labelledby="team" className="section">
        <h2 id="team">Our practitioners</h2>
        {practitioners.length ? (
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
        ) : (
          <EmptyState title="Practitioner profiles are on their way">
            Profiles appear here once the clinic publishes them.
          </EmptyState>
        )}
      </section>
    </>
  )
}

export default HomePage
