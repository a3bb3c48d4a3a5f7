import type { CollectionBeforeChangeHook } from 'payload'

import type { Consent } from '../../../generated/documentTypes.js'

import { createHash } from 'node:crypto'

/**
 * Records the SHA-256 of the signed document when it is uploaded, so the file served later can be
 * shown to be the one that was signed.
 */
export const fingerprintDocument: CollectionBeforeChangeHook<Consent> = ({ data, req }) => {
  if (req.file?.data?.length) {
    data.fileSha256 = createHash('sha256').update(req.file.data).digest('hex')
  }
  return data
}
