import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { formatNumber } from '../../../translations/formatNumber.js'
import { translate } from '../../../translations/translated.js'

/**
 * Refuses an upload over `maxBytes` before anything is written, with a message an editor can act on.
 */
export const limitFileSize =
  (maxBytes: number): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    const size = req.file?.size
    if ((operation === 'create' || operation === 'update') && size && size > maxBytes) {
      const message = translate(req, 'mediaFileTooLarge', {
        max: formatNumber(req, maxBytes / 1048576, 0),
        size: formatNumber(req, size / 1048576, 1),
      })
      throw new ValidationError(
        { collection: collection.slug, errors: [{ message, path: 'file' }], req },
        req.t,
      )
    }
    return args
  }
