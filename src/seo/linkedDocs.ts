import type { PayloadRequest, SelectType } from 'payload'

import { type Id, perRequestBatches } from '../utilities/perRequestBatches.js'

export type LinkedDoc = Record<string, unknown> & { id: Id }

/**
 * What structured data and SEO defaults need of each kind of linked document: only these fields
 * are read, so the linked document's own structured data is not worked out again.
 */
export const linkedSelect = {
  faqs: { answer: true, question: true },
  media: { alt: true, filename: true, height: true, url: true, width: true },
  practitioners: {
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

const loader = perRequestBatches<LinkedDoc | null>(async (req, scope, ids) => {
  const [collection, fields] = scope.split('|') as [string, string]
  const found = new Map<string, LinkedDoc | null>()
  if (!req.payload.collections[collection] || !ids.length) {
    return found
  }
  // As the reader: a draft, a sample, a private photo or a lapsed document is simply not found.
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: Object.fromEntries(fields.split(',').map((field) => [field, true])),
    where: { id: { in: ids } },
  })
  for (const doc of docs) {
    found.set(String(doc.id), doc as LinkedDoc)
  }
  return found
}, null)

/**
 * `fields` of the documents `ids` that this request's reader may read (others are missing from
 * the answer), batched into one query per collection and field list for every document of the
 * response, and remembered for the request.
 */
export const readAsReader = (
  req: PayloadRequest,
  collection: string,
  ids: Id[],
  fields: string[],
): Promise<Map<string, LinkedDoc | null>> =>
  loader.lookup(req, `${collection}|${fields.join(',')}`, ids)

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
