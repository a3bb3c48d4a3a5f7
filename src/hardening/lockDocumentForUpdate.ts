import type { CollectionBeforeOperationHook } from 'payload'

import { lockRowUntilCommit } from './transactionLocks.js'

/**
 * Makes saves of one document take turns (Postgres). Payload reads the document when an update
 * starts and writes it back whole with the request's changes merged in, so two saves at once (two
 * editors, or requests to two server instances) each write the other's fields back as they were:
 * one save's changes are lost although both answered 200. Locking the row before that read makes
 * the later save wait for the earlier to commit, then merge its changes into what that one stored.
 * It also orders a save after a consent change that rewrites the document
 * (`unpublishDependents`), so a save that read the consent before its revocation cannot publish
 * the document again afterwards.
 */
export const lockDocumentForUpdate: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { id } = args as { id?: unknown }
  if (operation === 'update' && (typeof id === 'number' || typeof id === 'string')) {
    await lockRowUntilCommit(req, collection.slug, id)
  }
  return args
}
