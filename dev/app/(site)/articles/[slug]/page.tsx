import { notFound } from 'next/navigation.js'

import { Picture } from '../../_components/Picture.js'
import { RichText } from '../../_components/RichText.js'
import { linkCitations } from '../../_lib/citations.js'
import { formatDate } from '../../_lib/labels.js'
import { docOf, metadataBySlug, type SlugArgs } from '../../_lib/slugPage.js'
import { readArticle } from './readArticle.js'

// Each article is rendered on its first request (the build knows no slugs) and kept until a
// webhook expires one of its tags.
export const generateStaticParams = () => []

export const generateMetadata = metadataBySlug(
  readArticle,
  (article) => article.title ?? '',
  'article',
)

const ArticlePage = async (args: SlugArgs) => {
  const article = await docOf(readArticle, args)
  if (!article) {
    notFound()
  }
  const headings = article.tableOfContents ?? []
  // Headings that number themselves ("1. What is…") are listed as they are, not numbered again.
  const List = headings.every((heading) => /^\s*\d+[.)]\s/.test(heading.text ?? '')) ? 'ul' : 'ol'
  const facts = [
    article.publishedAt ? `Published ${formatDate(article.publishedAt)}` : null,
    // A review is shown only as recorded: by whom, and when (never the last edit).
    article.reviewedAt && article.reviewedBy
      ? `Medically reviewed by ${[article.reviewedBy.name, article.reviewedBy.credentials]
          .filter(Boolean)
          .join(', ')} on ${formatDate(article.reviewedAt)}`
      : null,
    article.readingTime ? `${article.readingTime} min read` : null,
  ].filter(Boolean)
  return (
    <article className="article">
      <header>
        <h1>{article.title}</h1>
        {article.excerpt ? <p className="lead">{article.excerpt}</p> : null}
        <p className="meta">{facts.join(' · ')}</p>
        {article.topics?.length ? (
          <ul className="tags">
            {article.topics.map((topic) => (
              <li key={topic.slug}>{topic.name}</li>
            ))}
          </ul>
        ) : null}
        {article.heroImage ? (
          <Picture
            image={article.heroImage}
            priority
            shape="card"
            sizes="(min-width: 48rem) 42rem, 100vw"
          />
        ) : null}
      </header>

      {headings.length ? (
        <nav aria-labelledby="toc-title" className="toc">
          <h2 id="toc-title">Contents</h2>
          <List className="toc__list">
            {headings.map((heading) => (
              <li
                className={heading.level && heading.level > 2 ? 'toc__sub' : undefined}
                key={heading.anchor}
              >
                <a href={`#${heading.anchor}`}>{heading.text}</a>
              </li>
            ))}
          </List>
        </nav>
      ) : null}

      <RichText
        className="article__body"
        data={linkCitations(
          article.body,
          (article.references ?? []).map((reference) => reference.marker ?? ''),
        )}
      />

      <footer className="article__end">
        {article.references?.length ? (
          <section aria-labelledby="references">
            <h2 id="references">References</h2>
            <ol>
              {article.references.map((reference) => (
                <li
                  id={reference.marker ? `ref-${reference.marker}` : undefined}
                  key={reference.marker ?? reference.label}
                >
                  {reference.url ? <a href={reference.url}>{reference.label}</a> : reference.label}
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        {article.relatedFaqs?.length ? (
          <section aria-labelledby="related-faqs">
            <h2 id="related-faqs">Related questions</h2>
            {article.relatedFaqs.map((faq) => (
              <details key={faq.id}>
                <summary>{faq.question}</summary>
                <RichText data={faq.answer} />
              </details>
            ))}
            <p>
              <a href="/faq">All questions</a>
            </p>
          </section>
        ) : null}

        {article.author ? (
          <section aria-labelledby="author" className="author">
            {article.author.photo ? (
              <Picture image={article.author.photo} shape="square" sizes="5rem" />
            ) : null}
            <div>
              <h2 id="author">
                Written by{' '}
                {article.author.slug ? (
                  <a href={`/practitioners/${article.author.slug}`}>{article.author.name}</a>
                ) : (
                  article.author.name
                )}
              </h2>
              <p className="meta">
                {[article.author.title, article.author.credentials].filter(Boolean).join(', ')}
              </p>
            </div>
          </section>
        ) : null}
      </footer>
    </article>
  )
}

export default ArticlePage
