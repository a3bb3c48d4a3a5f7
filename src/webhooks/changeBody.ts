import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type {
  SanitizedSmpClinicOptions,
  SmpCollectionKey,
  SmpWebhookEvent,
} from '../options/types.js'
import type { SmpWebhookBody } from './body.js'

import { imageUses } from '../privacy/refreshImageVisibility.js'
import { publicDocs } from '../privacy/publicDocs.js'
import { relationId } from '../hardening/relationId.js'
import { enqueueDeliveries } from './outbox.js'
import { speakingFor, speakingTenant, tenantsOf } from '../tenancy/tenantScope.js'

type Doc = Record<string, unknown>

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => relationId(item))
    .filter((id): id is number | string => id !== undefined && id !== null)
    .map(String)

/**
 * Documents of other collections a change concerns, by option key: the pages that show the
 * changed document, or that it shows.
 */
type Refs = Partial<Record<SmpCollectionKey, string[]>>

const add = (refs: Refs, key: SmpCollectionKey, value: unknown) => {
  refs[key] = [...(refs[key] ?? []), ...ids(value)]
}

/**
 * The ids of the documents of `key` whose `path` holds one of `values`.
 */
const holding = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  key: SmpCollectionKey,
  where: Where,
): Promise<string[]> => {
  const slug = options.slugs[key]
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
  return docs.map((doc) => String(doc.id))
}

/**
 * The documents that show a document of `key` on their pages (a practitioner's page lists their
 * galleries, an article's page its FAQs), and the images it shows.
 */
const related = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  key: SmpCollectionKey,
  doc: Doc,
): Promise<{ images: string[]; refs: Refs }> => {
  const refs: Refs = {}
  const id = doc.id as number | string
  switch (key) {
    case 'articles':
      add(refs, 'practitioners', doc.author)
      add(refs, 'faqs', doc.relatedFaqs)
      add(refs, 'topics', doc.topics)
      return { images: ids(doc.heroImage), refs }
    case 'beforeAfterGalleries':
      add(refs, 'practitioners', doc.practitioner)
      add(refs, 'topics', doc.topic)
      add(
        refs,
        'testimonials',
        await holding(req, options, 'testimonials', { gallery: { equals: id } }),
      )
      return {
        images: ((doc.pairs as Doc[] | undefined) ?? []).flatMap((pair) =>
          ids([pair.before, pair.after]),
        ),
        refs,
      }
    case 'faqs':
      add(refs, 'topics', doc.topics)
      add(
        refs,
        'articles',
        await holding(req, options, 'articles', { relatedFaqs: { contains: id } }),
      )
      return { images: [], refs }
    case 'practitioners':
      add(
        refs,
        'beforeAfterGalleries',
        await holding(req, options, 'beforeAfterGalleries', { practitioner: { equals: id } }),
      )
      add(
        refs,
        'testimonials',
        await holding(req, options, 'testimonials', { practitioner: { equals: id } }),
      )
      add(refs, 'articles', await holding(req, options, 'articles', { author: { equals: id } }))
      return { images: ids(doc.photo), refs }
    case 'testimonials':
      add(refs, 'practitioners', doc.practitioner)
      add(refs, 'beforeAfterGalleries', doc.gallery)
      return { images: [], refs }
    default:
      return { images: [], refs }
  }
}

/**
 * The documents that show one of these images elsewhere: an article with it as its hero image, a
 * practitioner with it as their portrait, a gallery with it in a pair; and the pages that show
 * such a practitioner's card (their articles, galleries and testimonials). A client's photo
 * withdrawn from its gallery must leave those pages too.
 */
/**
 * Whether a collection has a `meta.image` (the plugin's SEO fields, or plugin-seo's).
 */
const hasMetaImage = (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  key: SmpCollectionKey,
): boolean => {
  const slug = options.slugs[key]
  const meta = slug
    ? req.payload.collections[slug]?.config.flattenedFields.find((field) => field.name === 'meta')
    : undefined
  return Boolean(
    meta &&
    'flattenedFields' in meta &&
    meta.flattenedFields.some((field) => field.name === 'image' && 'relationTo' in field),
  )
}

const showingImages = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  images: string[],
): Promise<Refs> => {
  const refs: Refs = {}
  if (!images.length) {
    return refs
  }
  for (const use of imageUses()) {
    add(
      refs,
      use.key,
      await holding(req, options, use.key, {
        or: use.paths.map((path) => ({ [path]: { in: images } })),
      }),
    )
  }
  // A page's sharing image (`meta.image`) shows it too: a page whose image became a client's
  // photo, or changed, is named so its cached copy is dropped.
  for (const key of ['articles', 'practitioners', 'beforeAfterGalleries'] as const) {
    if (hasMetaImage(req, options, key)) {
      add(refs, key, await holding(req, options, key, { 'meta.image': { in: images } }))
    }
  }
  for (const practitioner of refs.practitioners ?? []) {
    for (const [key, field] of [
      ['articles', 'author'],
      ['beforeAfterGalleries', 'practitioner'],
      ['testimonials', 'practitioner'],
    ] as const) {
      add(refs, key, await holding(req, options, key, { [field]: { equals: practitioner } }))
    }
  }
  return refs
}

/**
 * Cache tags of the documents the public may see among `refs`, by id and by slug: a receiver is
 * never told of a draft, a sample or anything else it may not show.
 */
const publicTags = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  refs: Refs,
): Promise<string[]> => {
  const tags: string[] = []
  for (const [key, refIds] of Object.entries(refs) as [SmpCollectionKey, string[]][]) {
    const slug = options.slugs[key]
    if (!slug || !refIds.length) {
      continue
    }
    const fields = req.payload.collections[slug as CollectionSlug]?.config.flattenedFields ?? []
    const hasSlug = fields.some((field) => 'name' in field && field.name === 'slug')
    for (const doc of await publicDocs(req, slug, refIds, hasSlug ? { slug: true } : {})) {
      tags.push(`${slug}:${String(doc.id)}`)
      if (typeof doc.slug === 'string' && doc.slug) {
        tags.push(`${slug}:slug:${doc.slug}`)
      }
    }
  }
  return tags
}

const merge = (...all: Refs[]): Refs => {
  const merged: Refs = {}
  for (const refs of all) {
    for (const [key, refIds] of Object.entries(refs) as [SmpCollectionKey, string[]][]) {
      add(merged, key, refIds)
    }
  }
  return merged
}

/**
 * The URLs of images, every size included: for a publish or update, only images the public may
 * fetch now; for an unpublish or delete, also those it could fetch until now (the site purges
 * them). An image that was never public (a client's photo used where its consent does not
 * reach) is never named: its file name can be the client's.
 */
const imageUrls = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  mediaIds: string[],
  event: SmpWebhookEvent,
): Promise<string[]> => {
  if (!mediaIds.length) {
    return []
  }
  const now = options.clock().getTime()
  const named = (media: Doc) => {
    const until =
      typeof media.publicUntil === 'string' ? new Date(media.publicUntil).getTime() : null
    if (media.alwaysPublic === true) {
      return true
    }
    if (until === null || Number.isNaN(until)) {
      return false
    }
    return event === 'unpublish' || event === 'delete' || until > now
  }
  // Speaking for one clinic of a chain: its own images only.
  const tenant = options.tenancy ? speakingTenant() : undefined
  const { docs } = await req.payload.find({
    collection: options.slugs.media as CollectionSlug,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where:
      tenant === undefined || !options.tenancy
        ? { id: { in: mediaIds } }
        : { and: [{ id: { in: mediaIds } }, { [options.tenancy.field]: { in: [tenant] } }] },
  })
  const urls = (docs as Doc[]).filter(named).flatMap((media) => {
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
  const before = previous ? await related(req, options, key, previous) : { images: [], refs: {} }
  const images = [...new Set([...now.images, ...before.images])]
  const shown = await showingImages(req, options, images)
  // The document itself is named by its own tags below, whatever else shows it.
  const own = options.slugs[key] === slug ? key : undefined
  if (own && shown[own]) {
    shown[own] = shown[own]!.filter((each) => each !== String(doc.id))
  }
  const tags = await publicTags(req, options, merge(now.refs, before.refs, shown))
  const oldSlug =
    previous && typeof previous.slug === 'string' && previous.slug ? [previous.slug] : []
  const ownSlug = typeof doc.slug === 'string' && doc.slug ? doc.slug : null
  const tenancy = options.tenancy
  return {
    ...(tenancy
      ? {
          tenants: [
            ...new Set(
              [...tenantsOf(doc, tenancy.field), ...tenantsOf(previous, tenancy.field)].map(String),
            ),
          ],
        }
      : {}),
    collection: slug,
    docId: String(doc.id),
    event,
    id,
    images: await imageUrls(req, options, images, event),
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
export const enqueueChange = async (change: Parameters<typeof changeBody>[0]) => {
  const body = await changeBody(change)
  if (!change.options.tenancy || !body.tenants?.length) {
    return enqueueDeliveries(change.req, change.options, body)
  }
  // In a chain: the chain's receivers hear the whole change; each clinic's own receivers hear it
  // as that clinic's public sees it, naming none of another clinic's pages or images.
  const queued = await enqueueDeliveries(change.req, change.options, body, { receivers: 'chain' })
  for (const tenant of body.tenants) {
    const own = await speakingFor(tenant, () => changeBody(change))
    queued.push(
      ...(await enqueueDeliveries(
        change.req,
        change.options,
        { ...own, tenants: [tenant] },
        { receivers: 'clinics' },
      )),
    )
  }
  return queued
}
