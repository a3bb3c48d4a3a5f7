import type { PayloadRequest, SelectType } from 'payload'

import { type Id, perRequestBatches } from '../hardening/perRequestBatches.js'
import { populatedDoc } from '../privacy/populatedDocs.js'
import { docsPassing, readRule } from '../privacy/readRule.js'

export type LinkedDoc = Record<string, unknown> & { id: Id }

/**
 * What structured data and SEO defaults need of each kind of linked document: only these fields
 * are read, so the linked document's own structured data is not worked out again.
 */
export const linkedSelect = {
  faqs: { answer: true, question: true },
  media: { alt: true, filename: true, height: true, url: true, width: true },
  practitioners: {
    certifications: true,
    credentials: true,
    languages: true,
    licensedPhysician: true,
    name: true,
    photo: true,
    slug: true,
    specialties: true,
    title: true,
  },
  topics: { name: true, slug: true },
} satisfies Record<string, SelectType>

export type LinkedKind = keyof typeof linkedSelect

/**
 * The locale a localized value is read in, and the one it falls back to, as Payload's own read
 * would choose them.
 */
const localesOf = (req: PayloadRequest): { fallback?: string; locale?: string } => {
  const localization = req.payload.config.localization
  if (!localization || !req.locale || req.locale === 'all') {
    return {}
  }
  const asked = Array.isArray(req.fallbackLocale) ? req.fallbackLocale[0] : req.fallbackLocale
  const fallback =
    asked === false || asked === 'false' || asked === 'none' || asked === 'null'
      ? undefined
      : typeof asked === 'string' && asked
        ? asked
        : localization.fallback
          ? localization.defaultLocale
          : undefined
  return { fallback, locale: req.locale }
}

/**
 * Reads through the database adapter, as the reader: the collection's read rule for this reader
 * is added to the query, so a draft, a sample or a lapsed document is simply not found. Payload's
 * full read (hooks, field traversal) is left out: only plain fields are asked for, and each
 * localized value is taken in the request's locale or its fallback.
 */
const readPlain = async (req: PayloadRequest, collection: string, ids: Id[], fields: string[]) => {
  const config = req.payload.collections[collection]!.config
  const { fallback, locale } = localesOf(req)
  const docs = await docsPassing(req, collection, await readRule(req, collection), {
    locale: locale ? 'all' : undefined,
    select: Object.fromEntries(fields.map((field) => [field, true])),
    where: { id: { in: ids } },
  })
  if (!locale) {
    return docs
  }
  const localized = new Set(
    config.flattenedFields
      .filter((field) => 'localized' in field && field.localized)
      .map((field) => field.name),
  )
  return docs.map((doc) =>
    Object.fromEntries(
      Object.entries(doc).map(([name, value]) => {
        if (!localized.has(name) || !value || typeof value !== 'object') {
          return [name, value]
        }
        const values = value as Record<string, unknown>
        const own = values[locale]
        const missing = own === undefined || own === null || own === ''
        return [name, missing && fallback ? values[fallback] : own]
      }),
    ),
  )
}

const loader = perRequestBatches<LinkedDoc | null>(
  'seo.linkedDocs',
  async (req, scope, ids) => {
    const [collection, fields] = scope.split('|') as [string, string]
    const found = new Map<string, LinkedDoc | null>()
    const config = req.payload.collections[collection]?.config
    if (!config || !ids.length) {
      return found
    }
    const select = fields.split(',')
    // An upload's URLs are made by Payload's read (and by storage adapters), so images are read
    // through it; other documents need only their stored values.
    const docs = config.upload
      ? (
          await req.payload.find({
            collection,
            depth: 0,
            limit: 0,
            overrideAccess: false,
            pagination: false,
            req,
            select: Object.fromEntries(select.map((field) => [field, true])),
            where: { id: { in: ids } },
          })
        ).docs
      : await readPlain(req, collection, ids, select)
    for (const doc of docs) {
      found.set(String(doc.id), doc as LinkedDoc)
    }
    return found
  },
  null,
)

/**
 * `fields` of the documents `ids` that this request's reader may read (others are missing from
 * the answer), batched into one query per collection and field list for every document of the
 * response, and remembered for the request.
 */
export const readAsReader = async (
  req: PayloadRequest,
  collection: string,
  ids: Id[],
  fields: string[],
): Promise<Map<string, LinkedDoc | null>> => {
  // Documents this request has populated for its reader are already at hand, whole.
  const known = new Map<string, LinkedDoc>()
  for (const id of ids) {
    const doc = populatedDoc(req, collection, id)
    if (doc) {
      known.set(String(id), doc)
    }
  }
  const rest = ids.filter((id) => !known.has(String(id)))
  const answers = rest.length
    ? await loader.lookup(req, `${collection}|${fields.join(',')}`, rest)
    : new Map<string, LinkedDoc | null>()
  return new Map(
    ids.map((id) => [String(id), known.get(String(id)) ?? answers.get(String(id)) ?? null]),
  )
}

/**
 * The linked documents this request's reader may read, in the order of `ids`, batched into one
 * query per collection for every document of the response and remembered for the request.
 */
export const readLinked = async (
  req: PayloadRequest,
  kind: LinkedKind,
  collection: string | undefined,
  ids: (Id | null)[],
): Promise<LinkedDoc[]> => {
  const wanted = ids.filter((id): id is Id => id !== null)
  if (!collection || !wanted.length) {
    return []
  }
  const answers = await readAsReader(req, collection, wanted, Object.keys(linkedSelect[kind]))
  return wanted.map((id) => answers.get(String(id))).filter((doc): doc is LinkedDoc => Boolean(doc))
}
