import type { PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions, SmpPageKey } from '../options/types.js'

import { treatmentTypes } from '../fields/treatmentTypes.js'
import { type LexicalState, stateText } from '../fields/lexicalContent.js'
import { relationId } from '../hardening/relationId.js'
import { type LinkedDoc, readLinked } from './linkedDocs.js'
import { pageUrl, siteNodeId } from './pageUrl.js'

type Doc = Record<string, unknown>
type Node = Record<string, unknown>

/**
 * What one document's graph is built from: the reader's request (linked documents are read as
 * that reader, so nothing hidden is named), the locale, and the document as it is being returned.
 */
export type GraphInput = {
  doc: Doc
  locale?: null | string
  options: SanitizedSmpClinicOptions
  req: PayloadRequest
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

const plainText = (state: unknown): string | undefined => text(stateText(state as LexicalState))

/**
 * Drops empty values, so a node never claims a property it has no value for.
 */
const compact = (node: Node): Node =>
  Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) =>
        value !== undefined && value !== null && !(Array.isArray(value) && !value.length),
    ),
  )

const organizationId = (options: SanitizedSmpClinicOptions) => siteNodeId(options, 'organization')

/**
 * The clinic every page is published by and every practitioner works for.
 */
const organizationNode = ({ options }: GraphInput): Node =>
  compact({
    '@id': organizationId(options),
    '@type': 'MedicalClinic',
    logo: options.site.organization.logo,
    name: options.site.organization.name,
    sameAs: options.site.organization.sameAs,
    url: options.site.url ? `${options.site.url}/` : undefined,
  })

/**
 * The page's URL, or (for a kind with no page, `site.paths.<kind>: false`) a stable URL-shaped id
 * without a fragment, so `#person` and `#webpage` can follow it.
 */
const page = (input: GraphInput, key: SmpPageKey, doc: Doc = input.doc) =>
  pageUrl(input.options, key, doc, input.locale) ??
  `${input.options.site.url ?? ''}/${key}/${encodeURIComponent(String(doc.id))}`

const personId = (input: GraphInput, practitioner: Doc) =>
  `${page(input, 'practitioners', practitioner)}#person`

const imageNode = (image: LinkedDoc | undefined, caption?: string): Node | undefined =>
  image && text(image.url)
    ? compact({
        '@type': 'ImageObject',
        caption: caption ?? text(image.alt),
        contentUrl: image.url,
        height: image.height,
        width: image.width,
      })
    : undefined

/**
 * A practitioner as a `Person`; also a `Physician` only when marked as a licensed physician, so
 * an SMP artist is never presented as a doctor.
 */
const personNode = async (input: GraphInput, practitioner: Doc): Promise<Node> => {
  const [photo] = await readLinked(input.req, 'media', input.options.slugs.media, [
    relationId(practitioner.photo),
  ])
  const specialties = Array.isArray(practitioner.specialties) ? practitioner.specialties : []
  return compact({
    '@id': personId(input, practitioner),
    '@type': practitioner.licensedPhysician === true ? ['Person', 'Physician'] : 'Person',
    image: imageNode(photo)?.contentUrl,
    jobTitle: text(practitioner.title),
    knowsAbout: specialties
      .map((value) => treatmentTypes.find((option) => option.value === value)?.label)
      .filter(Boolean),
    name: text(practitioner.name),
    url: pageUrl(input.options, 'practitioners', practitioner, input.locale) ?? undefined,
    worksFor: { '@id': organizationId(input.options) },
  })
}

const questionNode = (faq: Doc): Node | undefined => {
  const question = text(faq.question)
  const answer = plainText(faq.answer)
  return question && answer
    ? { '@type': 'Question', acceptedAnswer: { '@type': 'Answer', text: answer }, name: question }
    : undefined
}

/**
 * The `FAQPage` of a list of FAQs, in their order; none when no question is readable.
 */
export const faqPageNode = (id: string, faqs: Doc[]): Node | undefined => {
  const questions = faqs.map(questionNode).filter(Boolean)
  return questions.length ? { '@id': id, '@type': 'FAQPage', mainEntity: questions } : undefined
}

const ids = (value: unknown) => (Array.isArray(value) ? value : [value]).map(relationId)

/**
 * An article: a `MedicalWebPage` about its topics, by its author, reviewed when it was last
 * changed (or on the date an editor set), with the FAQs shown beside it.
 */
export const articleGraph = async (input: GraphInput): Promise<Node[]> => {
  const { doc, options, req } = input
  const url = page(input, 'articles')
  const [[author], topics, faqs, [hero]] = await Promise.all([
    readLinked(req, 'practitioners', options.slugs.practitioners, [relationId(doc.author)]),
    readLinked(req, 'topics', options.slugs.topics, ids(doc.topics)),
    readLinked(req, 'faqs', options.slugs.faqs, ids(doc.relatedFaqs)),
    readLinked(req, 'media', options.slugs.media, [relationId(doc.heroImage)]),
  ])
  const faqPage = faqPageNode(`${url}#faq`, faqs)
  return [
    compact({
      '@id': `${url}#webpage`,
      '@type': 'MedicalWebPage',
      about: topics.map((topic) => compact({ '@type': 'Thing', name: text(topic.name) })),
      author: author ? { '@id': personId(input, author) } : undefined,
      dateModified: doc.updatedAt,
      datePublished: doc.publishedAt,
      description: text(doc.excerpt),
      hasPart: faqPage ? { '@id': faqPage['@id'] } : undefined,
      headline: text(doc.title),
      image: imageNode(hero),
      inLanguage: input.locale ?? undefined,
      lastReviewed: text(doc.reviewedAt) ?? doc.updatedAt,
      name: text(doc.title),
      publisher: { '@id': organizationId(options) },
      reviewedBy: author ? { '@id': personId(input, author) } : undefined,
      url: pageUrl(options, 'articles', doc, input.locale) ?? undefined,
    }),
    ...(author ? [await personNode(input, author)] : []),
    ...(faqPage ? [faqPage] : []),
    organizationNode(input),
  ]
}

/**
 * A practitioner's profile page and the person on it.
 */
export const practitionerGraph = async (input: GraphInput): Promise<Node[]> => {
  const url = page(input, 'practitioners')
  return [
    compact({
      '@id': `${url}#webpage`,
      '@type': 'ProfilePage',
      dateModified: input.doc.updatedAt,
      mainEntity: { '@id': personId(input, input.doc) },
      name: text(input.doc.name),
      url: pageUrl(input.options, 'practitioners', input.doc, input.locale) ?? undefined,
    }),
    await personNode(input, input.doc),
    organizationNode(input),
  ]
}

/**
 * A gallery as an `ImageGallery` of the photos the reader may see: a published gallery's photos
 * are public only while its consent lasts, and a photo that is not readable is not named.
 */
export const galleryGraph = async (input: GraphInput): Promise<Node[]> => {
  const { doc, options, req } = input
  const url = page(input, 'beforeAfterGalleries')
  const pairs = (Array.isArray(doc.pairs) ? doc.pairs : []) as Doc[]
  const photoIds = pairs.flatMap((pair) => [relationId(pair.before), relationId(pair.after)])
  const [photos, [practitioner]] = await Promise.all([
    readLinked(req, 'media', options.slugs.media, photoIds),
    readLinked(req, 'practitioners', options.slugs.practitioners, [relationId(doc.practitioner)]),
  ])
  const byId = new Map(photos.map((photo) => [String(photo.id), photo]))
  const images = pairs.flatMap((pair) =>
    (['before', 'after'] as const).map((side) => {
      const id = relationId(pair[side])
      const caption = [text(pair.caption), side === 'before' ? 'Before' : 'After']
        .filter(Boolean)
        .join(': ')
      return imageNode(id === null ? undefined : byId.get(String(id)), caption)
    }),
  )
  return [
    compact({
      '@id': `${url}#webpage`,
      '@type': 'ImageGallery',
      about: treatmentTypes.find((option) => option.value === doc.treatmentType)?.label,
      creator: practitioner ? { '@id': personId(input, practitioner) } : undefined,
      dateModified: doc.updatedAt,
      image: images.filter(Boolean),
      name: text(doc.title),
      publisher: { '@id': organizationId(options) },
      url: pageUrl(options, 'beforeAfterGalleries', doc, input.locale) ?? undefined,
    }),
    ...(practitioner ? [await personNode(input, practitioner)] : []),
    organizationNode(input),
  ]
}

/**
 * One FAQ: the question as part of the site's FAQ page, whose `@id` every FAQ shares so the
 * questions of a page join into one `FAQPage`.
 */
export const faqGraph = async (input: GraphInput): Promise<Node[]> => {
  const url =
    pageUrl(input.options, 'faqs', input.doc, input.locale) ?? siteNodeId(input.options, 'faq')
  const faqPage = faqPageNode(`${url}#faq`, [input.doc])
  return faqPage ? [faqPage, organizationNode(input)] : [organizationNode(input)]
}

/**
 * Wraps nodes as one JSON-LD document.
 */
export const jsonLdDocument = (graph: Node[]) => ({
  '@context': 'https://schema.org',
  '@graph': graph,
})
