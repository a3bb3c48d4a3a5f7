import type { CollectionConfig } from 'payload'

import {
  journalDeletedFiles,
  journalNewFiles,
  journalReplacedFiles,
  settleJournalAfterError,
  settleJournalAfterOperation,
} from './journalUploadFiles.js'
import { journaledKey } from './sweepOrphanFiles.js'
import { answerMissingFile } from './answerMissingFile.js'
import {
  claimUploadName,
  releaseUploadNameAfterError,
  releaseUploadNameAfterOperation,
} from './claimUploadName.js'

/**
 * What every upload collection the plugin owns or protects gets, ahead of its own hooks and
 * handlers: uploads in progress never share a file name; every write's files are journaled, so a
 * write that fails or is cut short by a crash leaves no file that no document names, and no
 * document without its files (`sweepOrphanFiles`); a file name not on disk is a 404.
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
    custom: { ...collection.custom, [journaledKey]: true },
    hooks: {
      ...collection.hooks,
      afterError: [
        settleJournalAfterError,
        releaseUploadNameAfterError,
        ...(collection.hooks?.afterError ?? []),
      ],
      afterOperation: [
        settleJournalAfterOperation,
        releaseUploadNameAfterOperation,
        ...(collection.hooks?.afterOperation ?? []),
      ],
      beforeDelete: [journalDeletedFiles(staticDir), ...(collection.hooks?.beforeDelete ?? [])],
      beforeOperation: [
        claimUploadName(staticDir),
        journalReplacedFiles(staticDir),
        ...(collection.hooks?.beforeOperation ?? []),
      ],
      beforeValidate: [journalNewFiles(staticDir), ...(collection.hooks?.beforeValidate ?? [])],
    },
    upload: { ...upload, handlers: [answerMissingFile(staticDir), ...(upload.handlers ?? [])] },
  }
}
