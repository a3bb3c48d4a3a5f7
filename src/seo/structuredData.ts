import type { PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions, SmpPageKey } from '../options/types.js'

import { treatmentTypes } from '../fields/treatmentTypes.js'
import { type LexicalState, stateText } from '../fields/lexicalContent.js'
import { relationId } from '../hardening/relationId.js'
import { credentialOnRecord } from '../fields/credentialOnRecord.js'
import { type LinkedDoc, readLinked } from './linkedDocs.js'
import { pageUrl, siteNodeId } from './pageUrl.js'
import { clinicNode, clinicSettings, compact, organizationId } from './clinicNode.js'

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
 * The clinic every page is published by and every practitioner works for, as its settings say.
 */
const organizationNode = async ({ options, req }: GraphInput): Promise<Node> =>
  clinicNode(options, await clinicSettings(req, options))

/**
 * The page's URL, or (for a kind with no page, `site.paths.<kind>: false`) a stable URL-shaped id
 * without a fragment, so `#person` and `#webpage` can follow it.
 */
const page = (input: GraphInput, key: SmpPageKey, doc: Doc = input.doc) =>
  pageUrl(input.options, key, doc, input.locale) ??
  `${input.options.site.url ?? ''}/${key}/${encodeURIComponent(String(doc.id))}`

const personId = (input: GraphInput, practitioner: Doc) =>
  `${page(input, 'practitioners', practitioner)}#person`

/**
 * A length in pixels as schema.org takes it: `height` and `width` are a Distance or a
 * QuantitativeValue, never a bare number (E37 is UN/CEFACT's code for the pixel).
 */
const pixels = (value: unknown): Node | undefined =>
  typeof value === 'number' && value > 0
    ? { '@type': 'QuantitativeValue', unitCode: 'E37', value }
    : undefined

const imageNode = (image: LinkedDoc | undefined, caption?: string): Node | undefined =>
  image && text(image.url)
    ? compact({
        '@type': 'ImageObject',
        caption: caption ?? text(image.alt),
        contentUrl: image.url,
        height: pixels(image.height),
        width: pixels(image.width),
      })
    : undefined

type Certification = { issuer?: unknown; name?: unknown; year?: unknown }

/**
 * A practitioner's credentials on record: the stated qualifications (`credentials`, "MD, FAAD"),
 * each certification with its issuer and year, and a physician's licence when it is marked.
 */
const credentialNodes = (practitioner: Doc): Node[] => {
  const stated = (text(practitioner.credentials) ?? '')
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((name) => ({ '@type': 'EducationalOccupationalCredential', name }))
  const certifications = (
    Array.isArray(practitioner.certifications) ? practitioner.certifications : []
  ) as Certification[]
  const certified = certifications
    .filter((certification) => text(certification.name))
    .map((certification) =>
      compact({
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'certificate',
        dateCreated:
          typeof certification.year === 'number' ? String(certification.year) : undefined,
        name: text(certification.name),
        recognizedBy: text(certification.issuer)
          ? { '@type': 'Organization', name: text(certification.issuer) }
          : undefined,
      }),
    )
  const licence =
    practitioner.licensedPhysician === true
      ? [
          {
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: 'license',
            name: 'Licensed physician',
          },
        ]
      : []
  return [...licence, ...stated, ...certified]
}

/**
 * A practitioner as a `Person` (schema.org's `Physician` is a medical business, not a person),
 * with the credentials on record, the languages they speak and the clinic they work for. A
 * licensed physician says so through a licence credential and the occupation, so an SMP artist
 * is never presented as a doctor.
 */
const personNode = async (input: GraphInput, practitioner: Doc): Promise<Node> => {
  const [photo] = await readLinked(input.req, 'media', input.options.slugs.media, [
    relationId(practitioner.photo),
  ])
  const specialties = Array.isArray(practitioner.specialties) ? practitioner.specialties : []
  const languages = Array.isArray(practitioner.languages) ? practitioner.languages : []
  return compact({
    '@id': personId(input, practitioner),
    '@type': 'Person',
    hasCredential: credentialNodes(practitioner),
    hasOccupation:
      practitioner.licensedPhysician === true
        ? { '@type': 'Occupation', name: 'Physician' }
        : undefined,
    image: imageNode(photo)?.contentUrl,
    jobTitle: text(practitioner.title),
    knowsAbout: specialties
      .map((value) => treatmentTypes.find((option) => option.value === value)?.label)
      .filter(Boolean),
    knowsLanguage: languages.map(text).filter(Boolean),
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
 * An article: a `MedicalWebPage` about its topics whose main entity is the `Article` itself (by
 * its author, with its hero image), with the FAQs shown beside it. A medical review is claimed
 * (`reviewedBy`, `lastReviewed`) only when an editor recorded both who reviewed it and when, and
 * the reviewer is someone this reader may see: never from the last edit or the author.
 */
export const articleGraph = async (input: GraphInput): Promise<Node[]> => {
  const { doc, options, req } = input
  const url = page(input, 'articles')
  const [people, topics, faqs, [hero]] = await Promise.all([
    readLinked(req, 'practitioners', options.slugs.practitioners, [
      relationId(doc.author),
      relationId(doc.reviewedBy),
    ]),
    readLinked(req, 'topics', options.slugs.topics, ids(doc.topics)),
    readLinked(req, 'faqs', options.slugs.faqs, ids(doc.relatedFaqs)),
    readLinked(req, 'media', options.slugs.media, [relationId(doc.heroImage)]),
  ])
  const person = (id: unknown) =>
    id === null || id === undefined
      ? undefined
      : people.find((candidate) => String(candidate.id) === String(id))
  const author = person(relationId(doc.author))
  const reviewedAt = text(doc.reviewedAt)
  // Claimed only while the reviewer still has a credential on record, and once the date is here.
  const named = reviewedAt ? person(relationId(doc.reviewedBy)) : undefined
  const reviewer =
    named &&
    credentialOnRecord(named) &&
    new Date(reviewedAt!).getTime() <= options.clock().getTime()
      ? named
      : undefined
  const faqPage = faqPageNode(`${url}#faq`, faqs)
  const image = imageNode(hero)
  const pageUrlOf = pageUrl(options, 'articles', doc, input.locale) ?? undefined
  const credited = [author, reviewer].filter(
    (candidate, index, all): candidate is LinkedDoc =>
      Boolean(candidate) && all.findIndex((other) => other?.id === candidate!.id) === index,
  )
  return [
    compact({
      '@id': `${url}#webpage`,
      '@type': 'MedicalWebPage',
      about: topics.map((topic) => compact({ '@type': 'Thing', name: text(topic.name) })),
      dateModified: doc.updatedAt,
      datePublished: doc.publishedAt,
      description: text(doc.excerpt),
      hasPart: faqPage ? { '@id': faqPage['@id'] } : undefined,
      inLanguage: input.locale ?? undefined,
      lastReviewed: reviewer ? reviewedAt : undefined,
      mainEntity: { '@id': `${url}#article` },
      name: text(doc.title),
      publisher: { '@id': organizationId(options) },
      reviewedBy: reviewer ? { '@id': personId(input, reviewer) } : undefined,
      url: pageUrlOf,
    }),
    compact({
      '@id': `${url}#article`,
      '@type': 'Article',
      author: author ? { '@id': personId(input, author) } : undefined,
      dateModified: doc.updatedAt,
      datePublished: doc.publishedAt,
      description: text(doc.excerpt),
      headline: text(doc.title),
      image,
      inLanguage: input.locale ?? undefined,
      mainEntityOfPage: { '@id': `${url}#webpage` },
      publisher: { '@id': organizationId(options) },
      url: pageUrlOf,
    }),
    ...(await Promise.all(credited.map((practitioner) => personNode(input, practitioner)))),
    ...(faqPage ? [faqPage] : []),
    await organizationNode(input),
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
    await organizationNode(input),
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
    await organizationNode(input),
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
  return faqPage ? [faqPage, await organizationNode(input)] : [await organizationNode(input)]
}

/**
 * Wraps nodes as one JSON-LD document.
 */
export const jsonLdDocument = (graph: Node[]) => ({
  '@context': 'https://schema.org',
  '@graph': graph,
})
