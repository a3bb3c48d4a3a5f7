import type { Endpoint } from 'payload'

import { addDataAndFileToRequest, docAccessOperation, NotFound } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { readableIds } from './readableIds.js'

/**
 * Payload's `POST /api/<collection>/access/:id`, answered the same way for a document the reader
 * may not read as for one that does not exist (404). Payload's own endpoint answers 200 for any
 * existing id, which tells a visitor that a hidden draft or consent-bound document exists.
 */
export const docAccessEndpoint = (
  options: SanitizedSmpClinicOptions,
  collectionSlug: string,
): Endpoint => ({
  handler: async (req) => {
    const id = req.routeParams?.id as number | string | undefined
    const collection = req.payload.collections[collectionSlug]!
    if (
      id !== undefined &&
      !(await options.access.canEdit({ req })) &&
      !(await readableIds(req, collectionSlug, [id])).has(String(id))
    ) {
      throw new NotFound(req.t)
    }
    await addDataAndFileToRequest(req)
    return Response.json(await docAccessOperation({ id, collection, data: req.data, req }))
  },
  method: 'post',
  path: '/access/:id',
})
