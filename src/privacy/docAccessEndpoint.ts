import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, docAccessOperation, NotFound } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { readableIds } from './readableIds.js'

/**
 * Whether the reader may read document `id` of the collection, as its read access says now: for
 * a visitor, its published, consented form; for an editor of a clinic chain, a document of their
 * own clinics (a draft or one in the trash included); for any other editor, any document.
 */
const mayRead = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  collection: string,
  id: number | string,
): Promise<boolean> => {
  if (!(await options.access.canEdit({ req }))) {
    return (await readableIds(req, collection, [id])).has(String(id))
  }
  if (!options.tenancy) {
    return true
  }
  const doc = await req.payload.findByID({
    collection: collection as CollectionSlug,
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
    overrideAccess: false,
    req,
    select: { id: true } as never,
    trash: true,
    user: req.user,
  })
  return Boolean(doc)
}

/**
 * Payload's `POST /api/<collection>/access/:id`, answered the same way for a document the reader
 * may not read as for one that does not exist (404). Payload's own endpoint answers 200 for any
 * existing id, which tells a visitor that a hidden draft or consent-bound document exists, and a
 * clinic's editor which ids another clinic has.
 */
export const docAccessEndpoint = (
  options: SanitizedSmpClinicOptions,
  collectionSlug: string,
): Endpoint => ({
  handler: async (req) => {
    const id = req.routeParams?.id as number | string | undefined
    const collection = req.payload.collections[collectionSlug]!
    if (id !== undefined && !(await mayRead(req, options, collectionSlug, id))) {
      throw new NotFound(req.t)
    }
    await addDataAndFileToRequest(req)
    return Response.json(await docAccessOperation({ id, collection, data: req.data, req }))
  },
  method: 'post',
  path: '/access/:id',
})
