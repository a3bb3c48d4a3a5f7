import type { CollectionAfterOperationHook } from 'payload'

import { APIError } from 'payload'

import { translate } from '../translations/translated.js'

type BulkResult = {
  docs: unknown[]
  errors: { id: number | string; isPublic?: boolean; message: string }[]
}

const isBulkResult = (result: unknown): result is BulkResult =>
  Boolean(result) &&
  Array.isArray((result as BulkResult).docs) &&
  Array.isArray((result as BulkResult).errors)

/**
 * A bulk update or delete (`PATCH`/`DELETE` with a `where`) that fails for any one document
 * changes none. Payload (3.90) commits the documents that succeeded and answers 400 for the
 * whole request, so a client told its request failed finds part of it stored. Throwing here,
 * before Payload commits, rolls the transaction back.
 *
 * A bulk delete of files is left as Payload does it: Payload removes a document's files before
 * its row, so rolling the rows back would leave them pointing at files already gone.
 */
export const allOrNothing: CollectionAfterOperationHook = ({
  collection,
  operation,
  req,
  result,
}) => {
  const refused =
    (operation === 'update' || (operation === 'delete' && !collection.upload)) &&
    isBulkResult(result) &&
    result.errors.length > 0
  if (!refused) {
    return result
  }
  const { docs, errors } = result as BulkResult
  throw new APIError(
    translate(
      req,
      operation === 'update' ? 'requestBulkNothingUpdated' : 'requestBulkNothingDeleted',
      { failed: errors.length, total: docs.length + errors.length },
    ),
    400,
    {
      errors: errors.map(({ id, isPublic, message }) => ({
        id,
        message: isPublic ? message : translate(req, 'requestBulkUnknownError'),
      })),
    },
    true,
  )
}
