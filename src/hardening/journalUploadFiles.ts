import type {
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  PayloadRequest,
  Where,
} from 'payload'

import { type JournalEntry, openEntry, settleEntry } from './fileJournal.js'
import { onTransactionEnd } from './transactionEnd.js'

const contextKey = 'smpClinicOpenJournalEntries'

type Open = { dir: string; entry: JournalEntry }

/**
 * The files a stored document names: its own and its sizes'.
 */
const filesOf = (doc: unknown): unknown[] => {
  const { filename, sizes } = (doc ?? {}) as {
    filename?: unknown
    sizes?: Record<string, { filename?: unknown } | null>
  }
  return [filename, ...Object.values(sizes ?? {}).map((size) => size?.filename)]
}

/**
 * Ends the entry with the request's transaction; a request in no transaction ends it after its
 * operation (or its error).
 */
const track = async (req: PayloadRequest, dir: string, entry: JournalEntry | undefined) => {
  if (!entry) {
    return
  }
  const ended = await onTransactionEnd(req, (committed) =>
    settleEntry(req.payload, dir, entry, committed).then(() => undefined),
  )
  if (!ended) {
    const open = (req.context[contextKey] as Open[] | undefined) ?? []
    open.push({ dir, entry })
    req.context[contextKey] = open
  }
}

/**
 * Records the files an upload is about to write, before Payload writes them (collection
 * `beforeValidate` runs after their names are final and before they are written, on create and
 * on update alike).
 */
export const journalNewFiles =
  (dir: string): CollectionBeforeValidateHook =>
  async ({ collection, data, req }) => {
    if (req.file) {
      await track(req, dir, await openEntry(dir, collection.slug, { created: filesOf(data) }))
    }
    return data
  }

/**
 * Keeps the files an upload replaces (Payload deletes them before the new document is stored):
 * linked into the journal before the operation starts, to be put back if it does not commit.
 */
export const journalReplacedFiles =
  (dir: string): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'update' || !req.file) {
      return args
    }
    const { id, where } = args as { id?: number | string; where?: Where }
    let docs: unknown[] = []
    if (id !== undefined) {
      const doc = await req.payload.db.findOne({
        collection: collection.slug,
        req,
        where: { id: { equals: id } },
      })
      docs = doc ? [doc] : []
    } else if (where) {
      // The operation checks the query itself; one it refuses replaces no file.
      docs = await req.payload
        .find({
          collection: collection.slug,
          depth: 0,
          overrideAccess: true,
          pagination: false,
          req,
          where,
        })
        .then(
          ({ docs: found }) => found,
          () => [],
        )
    }
    await track(req, dir, await openEntry(dir, collection.slug, { kept: docs.flatMap(filesOf) }))
    return args
  }

/**
 * Keeps a deleted document's files (Payload deletes them before the document is removed), to be
 * put back if the delete does not commit.
 */
export const journalDeletedFiles =
  (dir: string): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    const doc = await req.payload.db.findOne({
      collection: collection.slug,
      req,
      where: { id: { equals: id } },
    })
    await track(req, dir, await openEntry(dir, collection.slug, { kept: filesOf(doc) }))
  }

const settleOpen = async (req: PayloadRequest, committed: boolean) => {
  const open = (req.context[contextKey] as Open[] | undefined) ?? []
  delete req.context[contextKey]
  for (const { dir, entry } of open) {
    await settleEntry(req.payload, dir, entry, committed)
  }
}

/**
 * A write in no transaction is stored once its operation returns.
 */
export const settleJournalAfterOperation: CollectionAfterOperationHook = async ({
  req,
  result,
}) => {
  await settleOpen(req, true)
  return result
}

/**
 * A write in no transaction that failed: its files are checked against what is stored.
 */
export const settleJournalAfterError: CollectionAfterErrorHook = async ({ req }) => {
  await settleOpen(req, false)
}
