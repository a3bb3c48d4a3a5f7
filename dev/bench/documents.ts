import type { ImageSize } from 'payload'

import { slugify } from 'payload/shared'

import type { ClinicRelationship } from '../../src/internal.js'

import { disclosureText } from '../../src/internal.js'
import { forever } from '../../src/internal.js'
import { article } from '../../src/internal.js'
import { faqs } from '../../src/internal.js'
import { topics as seedTopics } from '../../src/internal.js'
import { articleBody } from '../../src/internal.js'
import { document, paragraph } from '../../src/internal.js'
import {
  anchorHeadings,
  type LexicalState,
  readingMinutes,
  tableOfContents,
} from '../../src/internal.js'

/**
 * A row as the database stores it, by column name.
 */
export type Row = Record<string, unknown>

/**
 * Rows to insert, by table name (the plugin's tables; the bare copies take the same rows).
 */
export type Rows = Map<string, Row[]>

const topicCount = 10
const practitionerCount = 5
const imageCount = 12
/**
 * Related FAQs are drawn from the first hundred, so every size has them.
 */
const faqPool = 100

/**
 * An empty set of rows whose tables come in the order they can be inserted: a row only points
 * to rows of tables before it (or inserted earlier).
 */
const inOrder = (tables: string[]): Rows => new Map(tables.map((table) => [table, []]))

const add = (rows: Rows, table: string, ...added: Row[]) => {
  const list = rows.get(table)
  if (list) {
    list.push(...added)
  } else {
    rows.set(table, added)
  }
}

/**
 * Array rows need a unique text id, as Payload gives them (24 hex digits).
 */
const rowId = (parent: number, index: number) =>
  `${parent.toString(16).padStart(16, '0')}${index.toString(16).padStart(8, '0')}`

/**
 * How far back document `id` was published, in steps: later ids are older, so growing a
 * collection adds to its archive and the newest page is the same documents at every size (a
 * read's cost then differs between sizes by the collection behind it alone). Within each hundred
 * ids the order is scrambled, so the newest document is not the first one inserted; every id gets
 * its own step, so sorting by date is the same on both sides.
 */
const age = (id: number) => Math.floor((id - 1) / 100) * 100 + ((id * 37) % 100)

const day = 24 * 60 * 60 * 1000
const latest = Date.parse('2026-01-01T00:00:00.000Z')
const origin = Date.parse('2019-01-01T00:00:00.000Z')

const published = (id: number) => new Date(latest - age(id) * 30 * 60 * 1000).toISOString()

const sectionBody = (sections: typeof article.sections) =>
  anchorHeadings(articleBody(sections) as LexicalState)

/**
 * Article bodies of four to all fifteen sections of the seeded article (about 300 to 1,700
 * words), with anchored headings as the plugin stores them. Built once: the rows share them.
 */
const bodies = Array.from({ length: article.sections.length - 3 }, (_, index) => {
  const body = sectionBody(article.sections.slice(0, index + 4))
  return { body, readingTime: readingMinutes(body), toc: tableOfContents(body) }
})

const topicNames = [
  ...seedTopics.map(({ description, name }) => ({ description, name })),
  { description: 'Sparse or uneven eyebrows and facial hair.', name: 'Facial hair' },
  { description: 'Questions to ask before choosing a clinic.', name: 'Choosing a clinic' },
  { description: 'Looking after the scalp after treatment.', name: 'Aftercare' },
  { description: 'What a session costs and how many are needed.', name: 'Cost and sessions' },
].slice(0, topicCount)

const practitionerNames = [
  'Alex Morgan',
  'Priya Raman',
  'Jordan Lee',
  'Sam Okafor',
  'Chris Novak',
  'Dana Ruiz',
]

const treatments = ['hairline', 'density', 'scar_camouflage', 'alopecia_coverage', 'other']
const stages = ['norwood_ii', 'norwood_iii', 'norwood_iv', 'norwood_v', 'ludwig_ii']
const angles = ['front', 'top', 'left', 'right', 'back']

/**
 * The author of article `id`: round robin, so each practitioner writes a fifth of the articles.
 */
export const authorOf = (id: number): number => ((id - 1) % practitionerCount) + 1

const topicsOf = (id: number, count: number) =>
  Array.from({ length: count }, (_, index) => ((id + index * 3) % topicCount) + 1)

/**
 * The FAQs related to an article: three, unless `relatedFaqs` is given (the bench varies two
 * articles to see whether a page's statements grow with them).
 */
export const relatedFaqRows = (id: number, faqIds: number[]): Row[] =>
  faqIds.map((faq, index) => ({
    order: index + 1,
    parent_id: id,
    path: 'relatedFaqs',
    faqs_id: faq,
  }))

const defaultRelatedFaqs = (id: number) =>
  [0, 1, 2].map((index) => ((id - 1 + index * 7) % faqPool) + 1)

const stamp = (at: string) => ({ created_at: at, updated_at: at })

/**
 * The fixed documents every size shares: topics, practitioners, images and the one consent the
 * galleries and testimonials rest on (in effect, no expiry, website use, face and name allowed).
 */
export const sharedRows = (imageSizes: ImageSize[]): Rows => {
  const rows = inOrder([
    'topics',
    'media',
    'consents',
    'consents_scopes',
    'practitioners',
    'practitioners_specialties',
    'practitioners_texts',
    'practitioners_certifications',
  ])
  const at = new Date(origin).toISOString()
  topicNames.forEach(({ description, name }, index) =>
    add(rows, 'topics', { id: index + 1, description, name, slug: slugify(name), ...stamp(at) }),
  )
  for (let id = 1; id <= imageCount; id++) {
    const sizes: Row = {}
    for (const size of imageSizes) {
      const webp = size.formatOptions?.format === 'webp'
      const column = `sizes_${snake(size.name)}`
      sizes[`${column}_filename`] = `bench-${id}-${size.name}.${webp ? 'webp' : 'png'}`
      sizes[`${column}_mime_type`] = webp ? 'image/webp' : 'image/png'
      sizes[`${column}_width`] = size.width
      sizes[`${column}_height`] = size.height ?? Math.round(((size.width ?? 1600) * 3) / 4)
      sizes[`${column}_filesize`] = 20_000 + id
    }
    add(rows, 'media', {
      id,
      alt: `Before-and-after photo ${id}`,
      filename: `bench-${id}.png`,
      filesize: 250_000 + id,
      focal_x: 50,
      focal_y: 50,
      height: 1200,
      mime_type: 'image/png',
      // What publishing content that shows the image stores: public for as long as that lasts.
      public_until: forever,
      width: 1600,
      ...sizes,
      ...stamp(at),
    })
  }
  add(rows, 'consents', {
    id: 1,
    face_display: 'shown',
    form_version: '2026-03',
    name_display: 'full',
    signature_method: 'electronic',
    signed_after_treatment: true,
    signed_at: at,
    signer_authority: 'client',
    signer_name: 'Bench Client',
    subject: 'Bench Client',
    ...stamp(at),
  })
  add(rows, 'consents_scopes', { order: 1, parent_id: 1, value: 'website' })
  for (let id = 1; id <= practitionerCount; id++) {
    const name = practitionerNames[id - 1]!
    add(rows, 'practitioners', {
      id,
      _status: 'published',
      active: true,
      bio: document([
        paragraph(`${name} has performed scalp micropigmentation since ${2010 + id}.`),
      ]),
      booking_url: `https://clinic.example/book/${slugify(name)}`,
      credentials: 'Certified SMP artist',
      name,
      photo_id: id,
      slug: slugify(name),
      title: 'SMP practitioner',
      years_of_experience: 10 + id,
      ...stamp(at),
    })
    treatments
      .slice(0, 3)
      .forEach((value, index) =>
        add(rows, 'practitioners_specialties', { order: index + 1, parent_id: id, value }),
      )
    ;['English', 'French'].forEach((text, index) =>
      add(rows, 'practitioners_texts', {
        order: index + 1,
        parent_id: id,
        path: 'languages',
        text,
      }),
    )
    add(rows, 'practitioners_certifications', {
      _order: 1,
      _parent_id: id,
      id: rowId(id, 1),
      issuer: 'SMP Academy',
      name: 'Advanced SMP certification',
      year: 2015,
    })
  }
  return rows
}

/**
 * Articles, FAQs, galleries and testimonials `from` to `to` (the same ids in each), all
 * published. `orderKeys` are the FAQs' positions in the clinic's order.
 */
export const documentRows = (from: number, to: number, orderKeys: string[]): Rows => {
  const rows = inOrder([
    'before_after_galleries',
    'testimonials',
    'articles',
    'faqs',
    'articles_table_of_contents',
    'articles_references',
    'before_after_galleries_pairs',
    'articles_rels',
    'faqs_rels',
  ])
  for (let id = from; id <= to; id++) {
    const at = published(id)
    const { body, readingTime, toc } = bodies[id % bodies.length]!
    const topic = topicNames[id % topicCount]!.name
    const title = `${article.sections[id % article.sections.length]!.heading.replace(/^\d+\.\s*/, '')}: ${topic.toLowerCase()} (${id})`
    add(rows, 'articles', {
      id,
      _status: 'published',
      author_id: authorOf(id),
      body,
      excerpt: article.excerpt,
      hero_image_id: (id % imageCount) + 1,
      published_at: at,
      reading_time: readingTime,
      slug: slugify(title),
      title,
      ...stamp(at),
    })
    toc.forEach((entry, index) =>
      add(rows, 'articles_table_of_contents', {
        _order: index + 1,
        _parent_id: id,
        id: rowId(id, index + 1),
        ...entry,
      }),
    )
    article.references.forEach(({ label, marker }, index) =>
      add(rows, 'articles_references', {
        _order: index + 1,
        _parent_id: id,
        id: rowId(id, index + 1),
        label,
        marker,
      }),
    )
    topicsOf(id, 1 + (id % 3)).forEach((topicId, index) =>
      add(rows, 'articles_rels', {
        order: index + 1,
        parent_id: id,
        path: 'topics',
        topics_id: topicId,
      }),
    )
    add(rows, 'articles_rels', ...relatedFaqRows(id, defaultRelatedFaqs(id)))

    const faq = faqs[id % faqs.length]!
    add(rows, 'faqs', {
      id,
      _order: orderKeys[id - from],
      _status: 'published',
      answer: document([paragraph(faq.answer)]),
      question: `${faq.question.replace(/\?$/, '')} (${id})?`,
      ...stamp(at),
    })
    add(
      rows,
      'faqs_rels',
      { order: 1, parent_id: id, path: 'topics', topics_id: (id % topicCount) + 1 },
      { order: 1, parent_id: id, path: 'relatedArticles', articles_id: id },
    )

    const treatment = treatments[id % treatments.length]!
    const galleryTitle = `${treatment.replace(/_/g, ' ')} result ${id}`
    add(rows, 'before_after_galleries', {
      id,
      _status: 'published',
      consent_id: 1,
      face_shown: 'cropped',
      hair_loss_stage: stages[id % stages.length],
      is_sample: false,
      pigment_shade: 'Neutral 2',
      practitioner_id: authorOf(id),
      sessions: 1 + (id % 4),
      slug: slugify(galleryTitle),
      title: galleryTitle,
      topic_id: (id % topicCount) + 1,
      treatment_type: treatment,
      unretouched_attestation: true,
      ...stamp(at),
    })
    for (let pair = 1; pair <= 1 + (id % 2); pair++) {
      add(rows, 'before_after_galleries_pairs', {
        _order: pair,
        _parent_id: id,
        after_id: ((id + pair) % imageCount) + 1,
        angle: angles[(id + pair) % angles.length],
        before_id: ((id + pair + 6) % imageCount) + 1,
        caption: `${pair === 1 ? 'Front' : 'Crown'} view, four weeks after the last session.`,
        id: rowId(id, pair),
        time_after_last_session: '4 weeks',
      })
    }

    const relationship: ClinicRelationship = id % 10 === 0 ? 'discounted' : 'none'
    const incentive = relationship === 'none' ? null : 'a discounted touch-up session'
    add(rows, 'testimonials', {
      id,
      _status: 'published',
      client_name: `${String.fromCharCode(65 + (id % 26))}. ${String.fromCharCode(65 + ((id * 7) % 26))}.`,
      clinic_relationship: relationship,
      consent_id: 1,
      disclosure: disclosureText({ incentive, relationship }),
      experience_date: new Date(latest - Math.floor(age(id) / 50) * day).toISOString(),
      featured: id % 20 === 0,
      gallery_id: id,
      incentive,
      is_sample: false,
      practitioner_id: authorOf(id),
      quote: `The hairline looks natural and nobody has noticed. Treatment ${id} took ${1 + (id % 4)} sessions.`,
      rating: 3 + (id % 3),
      source: 'clinic',
      treatment,
      verified_client: true,
      ...stamp(at),
    })
  }
  return rows
}

/**
 * A field name as Payload's SQL adapters name its column.
 */
export const snake = (name: string): string => name.replace(/([A-Z])/g, '_$1').toLowerCase()
