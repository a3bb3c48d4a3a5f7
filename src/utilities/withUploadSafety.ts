import type { CollectionConfig } from 'payload'

import { answerMissingFile } from '../hooks/answerMissingFile.js'
import {
  claimUploadName,
  releaseUploadNameAfterError,
  releaseUploadNameAfterOperation,
} from '../hooks/claimUploadName.js'
import { recordFilesToWrite, removeUnsavedFiles } from '../hooks/removeUnsavedFiles.js'

/**
 * What every upload collection the plugin owns or protects gets, ahead of its own hooks and
 * handlers: uploads in progress never share a file name, files of a failed write are removed,
 * and a file name not on disk is a 404.
 */
export const withUploadSafety = (collection: CollectionConfig): CollectionConfig => {
  if (!collection.upload) {
    return collection
  }
  const upload = collection.upload === true ? {} : collection.upload
  // Where Payload itself looks when no staticDir is set.
  const staticDir = upload.staticDir || collection.slug
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterError: [
        removeUnsavedFiles,
        releaseUploadNameAfterError,
        ...(collection.hooks?.afterError ?? []),
      ],
      afterOperation: [
        releaseUploadNameAfterOperation,
        ...(collection.hooks?.afterOperation ?? []),
      ],
      beforeChange: [recordFilesToWrite, ...(collection.hooks?.beforeChange ?? [])],
      beforeOperation: [claimUploadName(staticDir), ...(collection.hooks?.beforeOperation ?? [])],
    },
    upload: { ...upload, handlers: [answerMissingFile(staticDir), ...(upload.handlers ?? [])] },
  }
}
