import {
  ArticleBySlugDocument,
  FaqsDocument,
  FeaturedDocument,
  HairlineGalleriesDocument,
  PractitionersDocument,
  TestimonialsDocument,
} from './gql/graphql.js'
import type { Published } from '../../../src/options/types.js'

import { request } from './request.js'

/**
 * A site's data layer reduced to the queries of docs/FRONTEND.md, typed by GraphQL Code
 * Generator: `node --import tsx site/readGuide.ts <API URL>` runs each one anonymously and prints
 * what a page would show, as JSON keyed by operation name. Every field is read through the
 * generated result types, so a field the schema or the query lacks fails the type-check.
 */
const cmsURL = process.argv[2]!

const readers = {
  ArticleBySlug: async () => {
    const docs = (await request(cmsURL, ArticleBySlugDocument)).Articles?.docs ?? []
    const article = docs[0]
    // @ts-expect-error The query does not select `slug`, so the result type has none: the
    // generated types are exact, not `any`.
    void article?.slug
    return {
      author: article?.author?.name,
      count: docs.length,
      faqs: article?.relatedFaqs?.map((faq) => faq.question),
      headings: article?.tableOfContents?.map((heading) => `${heading.level} ${heading.anchor}`),
      references: article?.references?.map((reference) => reference.marker),
      title: article?.title,
      topics: article?.topics?.map((topic) => topic.slug),
    }
  },
  Faqs: async () => {
    const docs = (await request(cmsURL, FaqsDocument)).Faqs?.docs ?? []
    // @ts-expect-error GraphQL types every field of a collection with drafts as nullable.
    const maybe: string | undefined = docs[0]?.question
    void maybe
    // The public reads published FAQs only, which always have their question.
    const published = docs as Published<(typeof docs)[number], 'question'>[]
    const questions: string[] = published.map((faq) => faq.question)
    return { count: docs.length, questions }
  },
  Featured: async () => {
    const selection = (await request(cmsURL, FeaturedDocument)).TestimonialSelection
    const docs = selection?.docs ?? []
    return {
      count: docs.length,
      isSelection: selection?.isSelection,
      label: selection?.label,
      quotes: docs.map((testimonial) => ({
        disclosure: testimonial.disclosure,
        rating: testimonial.rating,
        verifiedClient: testimonial.verifiedClient,
      })),
      totalPublished: selection?.totalPublished,
    }
  },
  HairlineGalleries: async () => {
    const docs = (await request(cmsURL, HairlineGalleriesDocument)).BeforeAfterGalleries?.docs ?? []
    return {
      count: docs.length,
      pairs: docs.flatMap((gallery) =>
        gallery.pairs.map((pair) => ({
          after: pair.after?.sizes?.square960?.url,
          angle: pair.angle,
          before: pair.before?.url,
          // What the docs' srcSet helper needs of a WebP size: its width, or the size is dropped.
          beforeWebpWidth: pair.before?.sizes?.square480Webp?.width,
          practitioner: gallery.practitioner?.name,
        })),
      ),
    }
  },
  Practitioners: async () => {
    const docs = (await request(cmsURL, PractitionersDocument)).Practitioners?.docs ?? []
    return {
      count: docs.length,
      practitioners: docs.map((practitioner) => ({
        bookingUrl: practitioner.bookingUrl,
        galleries: practitioner.galleries?.docs.map((gallery) => gallery.treatmentType),
        name: practitioner.name,
        testimonials: practitioner.testimonials?.docs.map((testimonial) => testimonial.quote),
      })),
    }
  },
  Testimonials: async () => {
    const docs = (await request(cmsURL, TestimonialsDocument)).Testimonials?.docs ?? []
    return {
      count: docs.length,
      testimonials: docs.map((testimonial) => ({
        disclosure: testimonial.disclosure,
        practitioner: testimonial.practitioner?.slug,
        rating: testimonial.rating,
      })),
    }
  },
}

const results: Record<string, unknown> = {}
for (const [name, read] of Object.entries(readers)) {
  results[name] = await read()
}
process.stdout.write(JSON.stringify(results))
