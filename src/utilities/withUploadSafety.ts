import type { CollectionConfig } from 'payload'

import { answerMissingFile } from '../hooks/answerMissingFile.js'
import { recordFilesToWrite, removeUnsavedFiles } from '../hooks/removeUnsavedFiles.js'

/**
 * What every upload collection the plugin owns or protects gets, ahead of its own hooks and
 * handlers: files of a failed write are removed, and a file name not on disk is a 404.
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
      afterError: [removeUnsavedFiles, ...(collection.hooks?.afterError ?? [])],
      beforeChange: [recordFilesToWrite, ...(collection.hooks?.beforeChange ?? [])],
    },
    upload: { ...upload, handlers: [answerMissingFile(staticDir), ...(upload.handlers ?? [])] },
  }
}
