import type { Payload } from 'payload'

import { getTableColumns } from '@payloadcms/db-sqlite/drizzle'

import type { Row, Rows } from './documents.js'

type Table = Parameters<typeof getTableColumns>[0]

type Inserter = {
  insert: (table: Table) => { values: (rows: Row[]) => PromiseLike<unknown> }
}

/**
 * What the bench uses of Payload's SQL adapters (SQLite and Postgres alike): the Drizzle
 * instance and the tables Payload built.
 */
type SqlAdapter = {
  drizzle: Inserter & { transaction: <T>(run: (tx: Inserter) => Promise<T>) => Promise<T> }
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  tables: Record<string, Table>
}

/**
 * Where one copy of the rows goes: the table and column names on that side.
 */
export type InsertTarget = {
  column: (table: string, column: string) => string
  table: (table: string) => string
}

// Below SQLite's (32,766) and Postgres's (65,535) limits on bound parameters per statement.
const maxParameters = 32_000

export const sqlAdapter = (payload: Payload): SqlAdapter => {
  const db = payload.db as unknown as Partial<SqlAdapter>
  if (!db.drizzle || !db.tables) {
    throw new Error(`bench: ${payload.db.name} is not a SQL adapter`)
  }
  return db as SqlAdapter
}

/**
 * Turns a row's column names into Drizzle's property names for one table on one side (Drizzle
 * takes rows by property, which is not the column name).
 */
const keyedFor = (table: Table, name: string, column: (column: string) => string) => {
  const keys = new Map(
    Object.entries(getTableColumns(table)).map(([key, each]) => [each.name, key]),
  )
  const keyOf = new Map<string, string>()
  const key = (source: string) => {
    let found = keyOf.get(source)
    if (found === undefined) {
      found = keys.get(column(source))
      if (!found) {
        throw new Error(`bench: table ${name} has no column ${column(source)}`)
      }
      keyOf.set(source, found)
    }
    return found
  }
  return (row: Row): Row => {
    const keyed: Row = {}
    for (const source in row) {
      keyed[key(source)] = row[source]
    }
    return keyed
  }
}

/**
 * Inserts `rows` once for each target, in multi-row statements inside one transaction, tables in
 * the order given (parents before the rows that point to them).
 */
export const insertRows = async (
  payload: Payload,
  rows: Rows,
  targets: InsertTarget[],
): Promise<number> => {
  const db = sqlAdapter(payload)
  let inserted = 0
  await db.drizzle.transaction(async (tx) => {
    if (payload.db.name === 'sqlite') {
      // The load's own connection (closed with the transaction) keeps more of the growing indexes
      // in memory; the connections that serve requests keep SQLite's default cache.
      await db.execute({ drizzle: tx, raw: 'PRAGMA cache_size = -262144' })
    }
    for (const target of targets) {
      for (const [base, list] of rows) {
        const name = target.table(base)
        const table = db.tables[name]
        if (!table) {
          throw new Error(`bench: no table ${name}`)
        }
        const keyed = list.map(keyedFor(table, name, (column) => target.column(base, column)))
        const width = Math.max(1, ...keyed.slice(0, 50).map((row) => Object.keys(row).length))
        const chunk = Math.max(1, Math.floor(maxParameters / width))
        for (let start = 0; start < keyed.length; start += chunk) {
          await tx.insert(table).values(keyed.slice(start, start + chunk))
        }
        inserted += keyed.length
      }
    }
  })
  return inserted
}
