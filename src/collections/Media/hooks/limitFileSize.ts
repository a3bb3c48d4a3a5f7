import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

/**
 * Refuses an upload over `maxBytes` before anything is written, with a message an editor can act on.
 */
export const limitFileSize =
  (maxBytes: number): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    const size = req.file?.size
    if ((operation === 'create' || operation === 'update') && size && size > maxBytes) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            message: `The file is ${(size / 1048576).toFixed(1)} MB; images may be at most ${(maxBytes / 1048576).toFixed(0)} MB.`,
            path: 'file',
          },
        ],
        req,
      })
    }
    return args
  }
