import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

import { forever } from './imageVisibilityFields.js'
import { docsPassing } from './readRule.js'
import { publicEnds, publicRule } from './ruleInstants.js'
import { translate } from '../translations/translated.js'
import { relationId } from '../hardening/relationId.js'
import { setDateOfMany } from '../hardening/setDateOfMany.js'
import { perTurnBatches } from '../hardening/perRequestBatches.js'
import { pluginOptions } from '../options/optionsKey.js'

type Id = number | string
type Doc = Record<string, unknown>

/**
 * Where clinic content shows images, and while which of its documents are public. The rule for
 * each is the public read rule of that collection, so an image is public exactly while a document
 * anyone can read shows it.
 */
type ImageUse = {
  ids: (doc: Doc) => unknown[]
  key: SmpCollectionKey
  paths: string[]
}

/**
 * Which documents are public, and until when, is not restated here: it is each collection's own
 * read rule for the public (`publicReadRule`), now and at the instants it compares with the
 * clock (`publicEnds`), so a host's override of `access.read` decides which images are public
 * too, and for how long.
 */
export const imageUses = (): ImageUse[] => [
  {
    ids: (doc) => [doc.heroImage],
    key: 'articles',
    paths: ['heroImage'],
  },
  {
    ids: (doc) => [doc.photo],
    key: 'practitioners',
    paths: ['photo'],
  },
  {
    ids: (doc) =>
      ((doc.pairs as Doc[] | undefined) ?? []).flatMap((pair) => [pair.before, pair.after]),
    key: 'beforeAfterGalleries',
    paths: ['pairs.before', 'pairs.after'],
  },
]

/**
 * The images a document of `key` shows.
 */
export const imagesShownBy = (
  options: SanitizedSmpClinicOptions,
  key: SmpCollectionKey,
  ...docs: (Doc | null | undefined)[]
): Id[] => {
  const use = imageUses().find((candidate) => candidate.key === key)
  const ids = new Set<Id>()
  for (const doc of docs) {
    for (const value of doc && use ? use.ids(doc) : []) {
      const id = relationId(value)
      if (id !== null) {
        ids.add(id)
      }
    }
  }
  return [...ids]
}

/**
 * Recomputes `publicUntil` for the given images from every public document that shows them: the
 * latest end among their uses, or empty (private) when none does. A client's before or after
 * photo counts only through its galleries, so using it as an article's hero image cannot bypass
 * the consent. A fixed number of queries
 * whatever the number of images: one per kind of use, one write per distinct end.
 */
export const refreshImageVisibility = async (
  options: SanitizedSmpClinicOptions,
  req: PayloadRequest,
  ids: Id[],
): Promise<void> => {
  if (!ids.length || options.disabled) {
    return
  }
  const until = new Map<string, string>()
  const clientPhotos = await galleryPhotoIds(options, req, ids)
  for (const use of imageUses()) {
    const slug = options.slugs[use.key]
    if (!slug || !req.payload.collections[slug]) {
      continue
    }
    const rule = await publicRule(req.payload, slug)
    const docs = await docsPassing(req, slug, rule.rule, {
      select: Object.fromEntries(
        [...use.paths, ...rule.fields.map((field) => field.path)].map((path) => [
          path.split('.')[0]!,
          true as const,
        ]),
      ),
      where: { or: use.paths.map((path) => ({ [path]: { in: ids } })) },
    })
    const ends = await publicEnds(req, rule, docs)
    for (const doc of docs) {
      const end = ends.get(String(doc.id)) ?? forever
      for (const value of use.ids(doc)) {
        const id = relationId(value)
        const counts = use.key === 'beforeAfterGalleries' || !clientPhotos.has(String(id))
        if (id !== null && counts && ids.some((wanted) => String(wanted) === String(id))) {
          const known = until.get(String(id))
          until.set(String(id), known && known > end ? known : end)
        }
      }
    }
  }
  const groups = new Map<null | string, Id[]>()
  for (const id of ids) {
    const end = until.get(String(id)) ?? null
    groups.set(end, [...(groups.get(end) ?? []), id])
  }
  for (const [end, group] of groups) {
    // Rows already right are left alone, so `updatedAt` does not tell the public when a
    // gallery's draft was saved or a consent edited.
    await setDateOfMany(req, {
      collection: options.slugs.media,
      field: 'publicUntil',
      ids: group,
      value: end,
    })
  }
}

/**
 * After a document that shows images is saved or deleted, its images (before and after the
 * change) are re-evaluated.
 */
export const refreshShownImagesAfterChange =
  (options: SanitizedSmpClinicOptions, key: SmpCollectionKey): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    await refreshImageVisibility(options, req, imagesShownBy(options, key, doc, previousDoc))
    return doc
  }

export const refreshShownImagesAfterDelete =
  (options: SanitizedSmpClinicOptions, key: SmpCollectionKey): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await refreshImageVisibility(options, req, imagesShownBy(options, key, doc))
    return doc
  }

/**
 * Which of `ids` the galleries use as a before or after photo, in their published state
 * (`draft: false`) or their latest drafts.
 */
const usedByGalleries = async (
  options: SanitizedSmpClinicOptions,
  req: PayloadRequest,
  slug: string,
  ids: Id[],
  draft: boolean,
): Promise<Set<string>> => {
  const { docs } = await req.payload.find({
    collection: slug,
    depth: 0,
    draft,
    overrideAccess: true,
    pagination: false,
    req,
    select: { pairs: true },
    where: { or: [{ 'pairs.before': { in: ids } }, { 'pairs.after': { in: ids } }] },
  })
  const wanted = new Set(ids.map(String))
  return new Set(
    imagesShownBy(options, 'beforeAfterGalleries', ...(docs as Doc[]))
      .map(String)
      .filter((id) => wanted.has(id)),
  )
}

/**
 * The published galleries' photos among the images the documents of one response show, asked in
 * one query for all of them: every row of a page checks its sharing image on read.
 */
const publishedGalleryPhotos = perTurnBatches<boolean>(
  'privacy.publishedGalleryPhotos',
  async (req, slug, ids) => {
    const options = pluginOptions(req.payload)
    const found = options ? await usedByGalleries(options, req, slug, ids, false) : new Set()
    return new Map([...found].map((id) => [String(id), true]))
  },
  false,
)

/**
 * Which of `ids` any gallery uses as a before or after photo, in its published state or its
 * latest draft. Such an image is a client's photo: only its gallery's consent can make it public.
 *
 * `drafts: false` asks the published galleries only (no version table): enough on a read that
 * only has to keep a client's photo from being offered where it would be served, since a photo
 * that only a draft gallery uses is private whatever else shows it (`refreshImageVisibility`).
 * Those lookups are batched across the documents of a response.
 */
export const galleryPhotoIds = async (
  options: SanitizedSmpClinicOptions,
  req: PayloadRequest,
  ids: Id[],
  { drafts = true }: { drafts?: boolean } = {},
): Promise<Set<string>> => {
  const slug = options.slugs.beforeAfterGalleries
  if (!slug || !req.payload.collections[slug] || !ids.length) {
    return new Set()
  }
  if (!drafts) {
    const answers = await publishedGalleryPhotos(req, slug, ids)
    return new Set([...answers].filter(([, used]) => used).map(([id]) => id))
  }
  const found = new Set<string>()
  for (const draft of [false, true]) {
    for (const id of await usedByGalleries(options, req, slug, ids, draft)) {
      found.add(id)
    }
  }
  return found
}

/**
 * On the media collection: a new image starts private, and a before-and-after photo can never be
 * marked always public.
 */
export const refreshOwnVisibility =
  (options: SanitizedSmpClinicOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (operation === 'create') {
      data.publicUntil = null
    }
    const id = originalDoc?.id as Id | undefined
    if (
      data.alwaysPublic === true &&
      id !== undefined &&
      (await galleryPhotoIds(options, req, [id])).size
    ) {
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [
            {
              label: translate(req, 'fieldAlwaysPublic'),
              message: translate(req, 'fieldAlwaysPublicGalleryPhoto'),
              path: 'alwaysPublic',
            },
          ],
          req,
        },
        req.t,
      )
    }
    return data
  }
