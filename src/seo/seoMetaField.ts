import type { Field, FieldHook } from 'payload'

import { upload } from 'payload/shared'

import type { SanitizedSmpClinicOptions, SmpPreviewableKey } from '../options/types.js'

import { siteOptionsFor } from '../tenancy/tenantSite.js'
import { readLinked } from './linkedDocs.js'
import { pageUrl } from './pageUrl.js'
import { sourceFields, withSourceFields } from './sourceFields.js'
import { translate, translated } from '../translations/translated.js'
import { galleryPhotoIds } from '../privacy/refreshImageVisibility.js'
import { type LexicalState, stateText } from '../fields/lexicalContent.js'
import { relationId } from '../hardening/relationId.js'
import { normalizeUrl, validateUrl } from '../fields/validateUrl.js'

type Doc = Record<string, unknown>

/**
 * At most `max` characters, cut at a word and marked with an ellipsis: what fits a search result.
 */
const summary = (value: unknown, max = 160): null | string => {
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
  if (!text) {
    return null
  }
  if (text.length <= max) {
    return text
  }
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`
}

const richTextSummary = (state: unknown) => summary(stateText(state as LexicalState))

/**
 * Where each empty meta value comes from, per collection.
 */
const fromContent: Record<
  SmpPreviewableKey,
  { description: (doc: Doc) => null | string; image: (doc: Doc) => unknown; title: string }
> = {
  articles: {
    description: (doc) => summary(doc.excerpt) ?? richTextSummary(doc.body),
    image: (doc) => doc.heroImage,
    title: 'title',
  },
  beforeAfterGalleries: {
    description: (doc) =>
      summary(
        ((Array.isArray(doc.pairs) ? doc.pairs : []) as Doc[])
          .map((pair) => pair.caption)
          .find((caption) => typeof caption === 'string' && caption.trim()),
      ),
    // Every photo of a gallery is a client's: none is offered as the sharing image.
    image: () => undefined,
    title: 'title',
  },
  practitioners: {
    description: (doc) => richTextSummary(doc.bio),
    image: (doc) => doc.photo,
    title: 'name',
  },
}

/**
 * Fills an empty meta value when the document is read, so it follows the content until an editor
 * writes one. A read of every locale at once is left as stored.
 */
const filled =
  (key: SmpPreviewableKey, derive: (args: Parameters<FieldHook>[0]) => unknown): FieldHook =>
  async (args) => {
    const { req, value } = args
    // Defaults are for the page being read: a document populated inside another keeps its stored
    // values, and costs no lookups.
    if (
      (value !== null && value !== undefined && value !== '') ||
      req.locale === 'all' ||
      (args.currentDepth ?? 1) > 1 ||
      !args.data
    ) {
      return value
    }
    const data = await withSourceFields(req, args.collection?.slug, args.data, sourceFields[key])
    return (await derive({ ...args, data })) ?? value ?? null
  }

/**
 * The `meta` group of `@payloadcms/plugin-seo` (title, description, image) plus a canonical URL,
 * each filled from the content when left empty. A derived image is named only when the reader may
 * read it, as any stored relationship is.
 */
export const seoMetaField = (options: SanitizedSmpClinicOptions, key: SmpPreviewableKey): Field => {
  const source = fromContent[key]
  return {
    name: 'meta',
    type: 'group',
    admin: {
      description: translated('fieldSeoDescription'),
    },
    fields: [
      {
        name: 'title',
        type: 'text',
        hooks: { afterRead: [filled(key, ({ data }) => summary(data![source.title], 70))] },
        label: translated('fieldSeoTitle'),
        localized: options.localize,
      },
      {
        name: 'description',
        type: 'textarea',
        hooks: { afterRead: [filled(key, ({ data }) => source.description(data!))] },
        label: translated('fieldSeoMetaDescription'),
        localized: options.localize,
      },
      {
        name: 'image',
        type: 'upload',
        hooks: {
          afterRead: [
            // A stored sharing image that is (now) a client's photo is never served as one. Read
            // on every read of the document: published galleries only, no version table (see
            // galleryPhotoIds).
            async ({ req, value }) => {
              const id = relationId(value)
              return id !== null &&
                (await galleryPhotoIds(options, req, [id], { drafts: false })).size
                ? null
                : value
            },
            filled(key, async ({ data, req }) => {
              const [image] = await readLinked(req, 'media', options.slugs.media, [
                relationId(source.image(data!)),
              ])
              // A client's photo is never offered for sharing: a copy a social network or search
              // engine keeps cannot be taken back when the consent is.
              if (
                !image ||
                (await galleryPhotoIds(options, req, [image.id], { drafts: false })).size
              ) {
                return undefined
              }
              return image.id
            }),
          ],
        },
        label: translated('fieldSeoImage'),
        localized: options.localize,
        relationTo: options.slugs.media,
        // A newly chosen client photo is refused; one that became a client's photo after it was
        // chosen (added to a gallery later) is not served (below), and does not block a save.
        validate: async (value: unknown, args: Parameters<typeof upload>[1]) => {
          const base = await upload(value as Parameters<typeof upload>[0], args)
          const id = relationId(value)
          if (
            base !== true ||
            id === null ||
            String(relationId(args.previousValue)) === String(id)
          ) {
            return base
          }
          return (await galleryPhotoIds(options, args.req, [id])).size
            ? translate(args.req, 'fieldSeoImageClientPhoto')
            : true
        },
      },
      {
        name: 'canonical',
        type: 'text',
        admin: { description: translated('fieldSeoCanonicalDescription') },
        hooks: {
          beforeChange: [normalizeUrl],
          afterRead: [
            filled(key, async ({ data, req }) => {
              // In a chain, under the site of the page's clinic.
              const own = await siteOptionsFor(req, options, data)
              return own.site.url ? pageUrl(own, key, data!, req.locale) : null
            }),
          ],
        },
        label: translated('fieldSeoCanonical'),
        validate: validateUrl,
      },
    ],
    label: translated('fieldSeo'),
  }
}
