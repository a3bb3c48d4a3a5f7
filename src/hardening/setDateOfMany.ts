import type { PayloadRequest } from 'payload'

import { noteCollectionWrite } from './databaseTracking.js'
import { differs } from './differs.js'
import { sqlTableKey } from './sqlTableKey.js'
import { sqlTableName } from './sqlTableName.js'

type Id = number | string

type SqlAdapter = {
  execute: (args: { db?: unknown; drizzle?: unknown; raw: string }) => Promise<unknown>
  name: string
  sessions?: Record<string, { db: unknown }>
  tableNameMap: Map<string, string>
  tables: Record<string, Record<string, { name: string }>>
}

const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/
const textId = /^[\w-]{1,64}$/

const literalId = (id: Id): string | undefined => {
  if (typeof id === 'number') {
    return Number.isSafeInteger(id) ? String(id) : undefined
  }
  return textId.test(id) ? `'${id}'` : undefined
}

/**
 * What keeps `updatedAt` as it is in an adapter's `updateMany`: on the SQL adapters an explicit
 * `null` leaves the column alone. MongoDB's adapter has mongoose set it on every update, and
 * offers no way to say otherwise: there it still moves.
 */
export const keepUpdatedAt = (req: PayloadRequest): { updatedAt?: null } =>
  req.payload.db.name === 'sqlite' || req.payload.db.name === 'postgres' ? { updatedAt: null } : {}

/**
 * Sets one date field of the given documents to `value` (an ISO date, or null), leaving rows that
 * already hold it untouched, as one statement: Payload's SQL `updateMany` rewrites matching rows one
 * after another, so saving a gallery of 40 photos would cost 40 updates. Every value written is
 * checked to be a plain id or an ISO date before it is put in the statement; anything else, and
 * MongoDB (whose `updateMany` is one command already), go through the adapter's `updateMany`.
 * `updatedAt` stays as it was: the field is one the plugin derives (an image's `publicUntil`), not
 * an edit, and a date that moves would tell anyone watching that something changed behind it (a
 * consent revoked as of a date ahead).
 */
export const setDateOfMany = async (
  req: PayloadRequest,
  {
    collection,
    field,
    ids,
    value,
  }: { collection: string; field: string; ids: Id[]; value: null | string },
): Promise<void> => {
  if (!ids.length) {
    return
  }
  const db = req.payload.db as unknown as SqlAdapter
  const tableName =
    db.name === 'sqlite' || db.name === 'postgres'
      ? db.tableNameMap?.get(sqlTableKey(collection))
      : undefined
  const table = tableName ? db.tables?.[tableName] : undefined
  const idColumn = table?.id?.name
  const column = table?.[field]?.name
  const idList = ids.map(literalId)
  if (
    !table ||
    !idColumn ||
    !column ||
    typeof db.execute !== 'function' ||
    idList.some((id) => id === undefined) ||
    (value !== null && !isoDate.test(value))
  ) {
    await req.payload.db.updateMany({
      collection,
      data: { [field]: value, ...keepUpdatedAt(req) },
      req,
      where: { and: [{ id: { in: ids } }, differs(field, value)] },
    })
    return
  }
  const target = `"${column}"`
  const set = `${target} = ${value === null ? 'NULL' : `'${value}'`}`
  const unchanged =
    value === null ? `${target} IS NOT NULL` : `(${target} IS NULL OR ${target} <> '${value}')`
  const transactionID = await req.transactionID
  await db.execute({
    db: transactionID === undefined ? undefined : db.sessions?.[String(transactionID)]?.db,
    drizzle: (db as unknown as { drizzle: unknown }).drizzle,
    raw: `UPDATE ${sqlTableName(req.payload, collection)} SET ${set} WHERE "${idColumn}" IN (${idList.join(', ')}) AND ${unchanged}`,
  })
  // A statement of its own: the adapter did not see it, so the response cache is told here.
  await noteCollectionWrite(req, collection)
}
