import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey, SmpWebhookEvent } from '../types.js'
import type { SmpWebhookBody } from './body.js'

import { relationId } from '../utilities/relationId.js'
import { enqueueDeliveries } from './outbox.js'

type Doc = Record<string, unknown>

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => relationId(item))
    .filter((id): id is number | string => id !== undefined && id !== null)
    .map(String)

/**
 * The documents of another collection that show this one (found by a relationship to it).
 */
const showing = async (
  req: PayloadRequest,
  slug: string | undefined,
  where: Where,
): Promise<string[]> => {
  if (!slug) {
    return []
  }
  const { docs } = await req.payload.find({
    collection: slug as CollectionSlug,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where,
  })
  return docs.map((doc) => `${slug}:${doc.id}`)
}

/**
 * The cache tags of the documents that embed a document of `key`, and the images it shows.
 */
const related = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  key: SmpCollectionKey,
  doc: Doc,
): Promise<{ images: string[]; tags: string[] }> => {
  const { slugs } = options
  const tagged = (slug: string | undefined, value: unknown) =>
    slug ? ids(value).map((id) => `${slug}:${id}`) : []
  const id = doc.id as number | string
  switch (key) {
    case 'articles':
      return {
        images: ids(doc.heroImage),
        tags: [
          ...tagged(slugs.practitioners, doc.author),
          ...tagged(slugs.faqs, doc.relatedFaqs),
          ...tagged(slugs.topics, doc.topics),
        ],
      }
    case 'beforeAfterGalleries':
      return {
        images: ((doc.pairs as Doc[] | undefined) ?? []).flatMap((pair) =>
          ids([pair.before, pair.after]),
        ),
        tags: [
          ...tagged(slugs.practitioners, doc.practitioner),
          ...tagged(slugs.topics, doc.topic),
          ...(await showing(req, slugs.testimonials, { gallery: { equals: id } })),
        ],
      }
    case 'faqs':
      return {
        images: [],
        tags: [
          ...tagged(slugs.topics, doc.topics),
          ...(await showing(req, slugs.articles, { relatedFaqs: { contains: id } })),
        ],
      }
    case 'practitioners':
      return {
        images: ids(doc.photo),
        tags: [
          ...(await showing(req, slugs.beforeAfterGalleries, { practitioner: { equals: id } })),
          ...(await showing(req, slugs.testimonials, { practitioner: { equals: id } })),
          ...(await showing(req, slugs.articles, { author: { equals: id } })),
        ],
      }
    case 'testimonials':
      return {
        images: [],
        tags: [
          ...tagged(slugs.practitioners, doc.practitioner),
          ...tagged(slugs.beforeAfterGalleries, doc.gallery),
        ],
      }
    default:
      return { images: [], tags: [] }
  }
}

/**
 * The URLs of images, every size included.
 */
const imageUrls = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  mediaIds: string[],
): Promise<string[]> => {
  if (!mediaIds.length) {
    return []
  }
  const { docs } = await req.payload.find({
    collection: options.slugs.media as CollectionSlug,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: mediaIds } },
  })
  const urls = docs.flatMap((media) => {
    const record = media as Doc & { sizes?: Record<string, { url?: null | string }> }
    return [record.url, ...Object.values(record.sizes ?? {}).map((size) => size?.url)].filter(
      (url): url is string => typeof url === 'string' && url !== '',
    )
  })
  // Sizes an image is too small for point at the original.
  return [...new Set(urls)]
}

/**
 * What a receiver is told about one change of one document.
 */
export const changeBody = async ({
  doc,
  event,
  id,
  key,
  occurredAt,
  options,
  previous,
  req,
  slug,
}: {
  doc: Doc
  event: SmpWebhookEvent
  id: string
  key: SmpCollectionKey
  occurredAt: Date
  options: SanitizedSmpClinicOptions
  /**
   * The document as the public saw it before the change: its slug and the pages that showed it
   * (say, a gallery moved to another practitioner) are dropped too.
   */
  previous?: Doc
  req: PayloadRequest
  slug: string
}): Promise<SmpWebhookBody> => {
  const now = await related(req, options, key, doc)
  const before = previous ? await related(req, options, key, previous) : { images: [], tags: [] }
  const images = [...new Set([...now.images, ...before.images])]
  const tags = [...now.tags, ...before.tags]
  const oldSlug =
    previous && typeof previous.slug === 'string' && previous.slug ? [previous.slug] : []
  const ownSlug = typeof doc.slug === 'string' && doc.slug ? doc.slug : null
  return {
    collection: slug,
    docId: String(doc.id),
    event,
    id,
    images: await imageUrls(req, options, images),
    locale: typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : null,
    occurredAt: occurredAt.toISOString(),
    slug: ownSlug,
    tags: [
      ...new Set([
        slug,
        `${slug}:${doc.id}`,
        ...[...(ownSlug ? [ownSlug] : []), ...oldSlug].map((each) => `${slug}:slug:${each}`),
        ...tags,
      ]),
    ],
  }
}

/**
 * Records the deliveries of one change, in the change's own transaction: what every sender of a
 * change (a document's hooks, a consent's end or return, an image's change) does.
 */
export const enqueueChange = async (change: Parameters<typeof changeBody>[0]) =>
  enqueueDeliveries(change.req, change.options, await changeBody(change))
