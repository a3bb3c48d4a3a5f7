import type { CollectionBeforeOperationHook } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

const reads = new Set(['count', 'read', 'readDistinct'])

/**
 * The trash is for editors. With `trash: true` on a collection (a host's override), Payload
 * lets anyone who may read a document read it after it is deleted, by asking for `trash=true`
 * (REST) or `trash: true` (GraphQL): a deleted testimonial would still show the client's name and
 * words. A reader who may not edit is answered as if they had not asked.
 */
export const trashForEditors =
  (options: SanitizedSmpClinicOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const asked = (args as { trash?: unknown }).trash
    if (!reads.has(operation) || !asked || (await options.access.canEdit({ req }))) {
      return args
    }
    return { ...args, trash: false }
  }
