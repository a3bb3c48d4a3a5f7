import type { PayloadRequest } from 'payload'

import { sqlTableName } from './sqlTableName.js'

type SqlAdapter = {
  execute?: (args: { db?: unknown; raw: string }) => Promise<{ rows?: Record<string, unknown>[] }>
  name: string
  sessions?: Record<string, { db: unknown }>
  tableNameMap?: Map<string, string>
}

/**
 * Runs SQL in the request's Postgres transaction; undefined on other databases (SQLite has one
 * writer, and the plugin's writes there queue in the process) and outside a transaction.
 */
const inPostgresTransaction = async (req: PayloadRequest) => {
  const db = req.payload.db as unknown as SqlAdapter
  const transactionID = await req.transactionID
  if (db.name !== 'postgres' || !db.execute || transactionID === undefined) {
    return undefined
  }
  const session = db.sessions?.[String(transactionID)]
  return session ? (raw: string) => db.execute!({ db: session.db, raw }) : undefined
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`

const lockKey = (name: string) => `hashtext(${literal(name)})`

/**
 * Waits for the Postgres advisory lock `name` and holds it until the request's transaction ends,
 * so the work under that name runs one transaction at a time in every process on the database,
 * and each reads what the one before it committed. Does nothing on other databases.
 */
export const lockUntilCommit = async (req: PayloadRequest, name: string): Promise<void> => {
  const run = await inPostgresTransaction(req)
  await run?.(`select pg_advisory_xact_lock(${lockKey(name)})`)
}

/**
 * Takes the Postgres advisory lock `name` until the request's transaction ends, unless another
 * transaction (in any process) holds it: then it returns false at once. True on other databases.
 */
export const tryLockUntilCommit = async (req: PayloadRequest, name: string): Promise<boolean> => {
  const run = await inPostgresTransaction(req)
  if (!run) {
    return true
  }
  const { rows } = await run(`select pg_try_advisory_xact_lock(${lockKey(name)}) as locked`)
  return rows?.[0]?.locked === true
}

/**
 * Locks the row of document `id` until the request's transaction ends (`SELECT … FOR UPDATE`), on
 * Postgres: a save or a database write of the same document elsewhere waits for this transaction,
 * and what this transaction reads of the document afterwards is what was last committed. Does
 * nothing on other databases.
 */
export const lockRowUntilCommit = async (
  req: PayloadRequest,
  slug: string,
  id: number | string,
): Promise<void> => {
  const run = await inPostgresTransaction(req)
  const table = run && sqlTableName(req.payload, slug)
  if (table) {
    await run(`select 1 from ${table} where "id" = ${literal(String(id))} for update`)
  }
}

/**
 * Locks the rows of documents `ids` until the request's transaction ends, as `lockRowUntilCommit`
 * does for one. True when it locked them; false on other databases or outside a transaction,
 * where nothing was waited for.
 */
export const lockRowsUntilCommit = async (
  req: PayloadRequest,
  slug: string,
  ids: (number | string)[],
): Promise<boolean> => {
  const run = ids.length ? await inPostgresTransaction(req) : undefined
  const table = run && sqlTableName(req.payload, slug)
  if (!table) {
    return false
  }
  const list = ids.map((id) => literal(String(id))).join(', ')
  await run(`select 1 from ${table} where "id" in (${list}) order by "id" for update`)
  return true
}
