import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { sweepOrphanFiles } from '../hardening/sweepOrphanFiles.js'
import { pluginOptions } from '../options/optionsKey.js'
import { lockUntilCommit } from '../hardening/transactionLocks.js'
import { writeQueue } from '../hardening/writeQueue.js'
import { article } from './data/article.js'
import { faqs } from './data/faqs.js'
import { sampleGalleries, samplePractitioner, sampleTestimonials } from './data/samples.js'
import { topics } from './data/topics.js'
import { articleBody } from './articleBody.js'
import { document, paragraph } from './lexical.js'
import { placeholderPng } from './placeholderImage.js'
import { localRequest } from '../hardening/localRequest.js'

export type SeedResult = {
  /**
   * Documents created by this run, per collection slug.
   */
  created: Record<string, number>
  /**
   * Documents that already existed (by their seed key) and were left untouched.
   */
  existing: Record<string, number>
}

type Id = number | string

/**
 * Seeds the clinic's content: the source article and its FAQs (published), the topics, and
 * sample practitioner, galleries and testimonials (drafts, marked as samples).
 *
 * Idempotent: every seeded document carries a `seedKey`; one that exists is left exactly as it
 * is, so a second run writes nothing and an editor's changes are never overwritten. Runs in one
 * transaction where the database supports it.
 *
 * @example
 * const payload = await getPayload({ config })
 * const { created } = await seed({ payload })
 */
export const seed = async ({
  payload,
  req: incomingReq,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<SeedResult> => {
  const options = pluginOptions(payload)
  if (!options) {
    throw new Error('seed: smpClinicPlugin is not in this Payload config.')
  }
  const result: SeedResult = { created: {}, existing: {} }
  if (options.disabled) {
    return result
  }
  const req = incomingReq ?? (await localRequest(payload))
  const release = await seedQueue(payload).acquire()
  try {
    // A seed a crash interrupted (in another process, since this one started) left its image
    // files without rows; they would take the names this seed's images should have (`…-1.png`).
    await sweepOrphanFiles(payload, { collections: [options.slugs.media], strays: false })
    const ownsTransaction = await initTransaction(req)
    try {
      await lockSeeding(req)
      await seedContent(options, req, result)
      if (ownsTransaction) {
        await commitTransaction(req)
      }
    } catch (error) {
      if (ownsTransaction) {
        await killTransaction(req)
      }
      throw error
    }
  } finally {
    release()
  }
  return result
}

const seedQueues = new WeakMap<Payload, ReturnType<typeof writeQueue>>()

/**
 * One seed at a time per Payload instance: a second waits for the first and then finds
 * everything it created.
 */
const seedQueue = (payload: Payload) => {
  let queue = seedQueues.get(payload)
  if (!queue) {
    queue = writeQueue(120_000, () => new Error('seed: another seed is still running.'))
    seedQueues.set(payload, queue)
  }
  return queue
}

/**
 * Serializes seeds across processes for the rest of the seed's transaction. Postgres takes a
 * transaction-scoped advisory lock. Elsewhere the seed's first statement writes a lock row (in
 * Payload's key-value collection): on SQLite that takes the database's single write lock, so a
 * seed in another process waits until this one commits, then finds what it created.
 */
const lockSeeding = async (req: PayloadRequest) => {
  if ((await req.transactionID) === undefined) {
    return
  }
  if (req.payload.db.name === 'postgres') {
    await lockUntilCommit(req, 'payload-plugin-smp-clinic:seed')
    return
  }
  if (req.payload.db.name === 'sqlite' && req.payload.collections['payload-kv']) {
    await req.payload.db.upsert({
      collection: 'payload-kv',
      data: { data: { at: new Date().toISOString() }, key: seedLockKey },
      req,
      where: { key: { equals: seedLockKey } },
    })
  }
}

const seedLockKey = 'payload-plugin-smp-clinic:seed-lock'

/**
 * Every seed key this seed may create, per collection slug: what one query per collection looks
 * up before anything is written.
 */
const plannedKeys = (options: SanitizedSmpClinicOptions): Map<string, string[]> => {
  const { slugs } = options
  const planned: [string | undefined, string[]][] = [
    [slugs.topics, topics.map(({ seedKey }) => seedKey)],
    [slugs.faqs, faqs.map(({ seedKey }) => seedKey)],
    [slugs.articles, [article.seedKey]],
    [slugs.practitioners, [samplePractitioner.seedKey]],
    [slugs.beforeAfterGalleries, sampleGalleries.map(({ seedKey }) => seedKey)],
    [slugs.media, Object.values(placeholderKeys)],
    [slugs.testimonials, sampleTestimonials.map(({ seedKey }) => seedKey)],
  ]
  return new Map(planned.filter((entry): entry is [string, string[]] => Boolean(entry[0])))
}

/**
 * The sample galleries' photos: one placeholder for every "before" and one for every "after", so
 * a fresh install processes two images, not one pair per gallery view.
 */
const placeholderKeys = { after: 'sample:placeholder:after', before: 'sample:placeholder:before' }

const seedContent = async (
  options: SanitizedSmpClinicOptions,
  req: PayloadRequest,
  result: SeedResult,
) => {
  const { slugs } = options
  const count = (bucket: 'created' | 'existing', slug: string) => {
    result[bucket][slug] = (result[bucket][slug] ?? 0) + 1
  }

  // One query per collection finds every seeded document that exists; a second seed reads and
  // writes nothing else.
  const planned = plannedKeys(options)
  const found = new Map<string, Map<string, Id>>()
  for (const [slug, keys] of planned) {
    const { docs } = await req.payload.find({
      collection: slug,
      depth: 0,
      limit: keys.length,
      overrideAccess: true,
      pagination: false,
      req,
      select: { seedKey: true },
      where: { seedKey: { in: keys } },
    })
    found.set(
      slug,
      new Map(docs.map((doc) => [String((doc as { seedKey?: string }).seedKey), doc.id as Id])),
    )
  }
  const existingId = (slug: string, seedKey: string) => found.get(slug)?.get(seedKey)

  /**
   * Returns the id of the document with this seed key, creating it only when it does not exist.
   */
  const ensure: Ensure = async (slug, seedKey, data, extra = {}) => {
    const id = existingId(slug, seedKey)
    if (id !== undefined) {
      count('existing', slug)
      return { created: false, id }
    }
    const doc = await req.payload.create({
      collection: slug,
      data: { ...(await data()), seedKey },
      depth: 0,
      draft: extra.draft,
      file: extra.file,
      overrideAccess: true,
      req,
    })
    count('created', slug)
    found.get(slug)?.set(seedKey, doc.id as Id)
    return { created: true, id: doc.id as Id }
  }

  const topicIds = new Map<string, Id>()
  if (slugs.topics) {
    for (const topic of topics) {
      topicIds.set(
        topic.seedKey,
        (await ensure(slugs.topics, topic.seedKey, () => ({ ...topic }))).id,
      )
    }
  }

  const faqIds: { created: boolean; id: Id }[] = []
  if (slugs.faqs) {
    for (const faq of faqs) {
      faqIds.push(
        await ensure(slugs.faqs, faq.seedKey, () => ({
          _status: 'published',
          answer: document([paragraph(faq.answer)]),
          question: faq.question,
        })),
      )
    }
  }

  if (slugs.articles) {
    const seededArticle = await ensure(slugs.articles, article.seedKey, () => ({
      _status: 'published',
      body: articleBody(),
      excerpt: article.excerpt,
      references: article.references,
      slug: article.slug,
      title: article.title,
      ...(slugs.topics ? { topics: [...topicIds.values()] } : {}),
      ...(slugs.faqs ? { relatedFaqs: faqIds.map(({ id }) => id) } : {}),
    }))
    // Links back from FAQs created in this run only: an existing FAQ may have been edited.
    for (const faq of faqIds.filter(({ created }) => created)) {
      await req.payload.update({
        id: faq.id,
        collection: slugs.faqs!,
        data: { relatedArticles: [seededArticle.id] },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  }

  await seedSamples(options, ensure, topicIds)
}

type Ensure = (
  slug: string,
  seedKey: string,
  data: () => Promise<Record<string, unknown>> | Record<string, unknown>,
  extra?: {
    draft?: boolean
    file?: { data: Buffer; mimetype: string; name: string; size: number }
  },
) => Promise<{ created: boolean; id: Id }>

const seedSamples = async (
  options: SanitizedSmpClinicOptions,
  ensure: Ensure,
  topicIds: Map<string, Id>,
) => {
  const { slugs } = options
  const draft = { _status: 'draft', isSample: true }

  const practitionerId = slugs.practitioners
    ? (
        await ensure(
          slugs.practitioners,
          samplePractitioner.seedKey,
          () => ({
            ...draft,
            ...samplePractitioner,
            bio: document([paragraph(samplePractitioner.bio)]),
          }),
          { draft: true },
        )
      ).id
    : undefined

  // Made only when a gallery is: a re-seed whose galleries exist processes no image.
  const placeholder = async (side: 'after' | 'before') => {
    const data = placeholderPng({ density: side === 'after' ? 'dense' : 'sparse' })
    return (
      await ensure(
        slugs.media,
        placeholderKeys[side],
        () => ({ alt: `Placeholder ${side} image for a sample gallery (not a real photo)` }),
        {
          file: {
            data,
            mimetype: 'image/png',
            name: `sample-placeholder-${side}.png`,
            size: data.length,
          },
        },
      )
    ).id
  }

  const galleryIds = new Map<string, Id>()
  if (slugs.beforeAfterGalleries) {
    for (const gallery of sampleGalleries) {
      const { pairs, topicSeedKey, ...fields } = gallery
      const id = (
        await ensure(
          slugs.beforeAfterGalleries,
          gallery.seedKey,
          async () => {
            const [before, after] = [await placeholder('before'), await placeholder('after')]
            return {
              ...draft,
              ...fields,
              pairs: pairs.map((pair) => ({ ...pair, after, before })),
              practitioner: practitionerId,
              topic: slugs.topics ? topicIds.get(topicSeedKey) : undefined,
            }
          },
          { draft: true },
        )
      ).id
      galleryIds.set(gallery.seedKey, id)
    }
  }

  if (slugs.testimonials) {
    for (const { gallerySeedKey, ...testimonial } of sampleTestimonials) {
      await ensure(
        slugs.testimonials,
        testimonial.seedKey,
        () => ({
          ...draft,
          ...testimonial,
          gallery: gallerySeedKey ? galleryIds.get(gallerySeedKey) : undefined,
          practitioner: practitionerId,
        }),
        { draft: true },
      )
    }
  }
}
