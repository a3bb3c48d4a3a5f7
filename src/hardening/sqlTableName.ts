import type { Payload } from 'payload'

import { sqlTableKey } from './sqlTableKey.js'

type SqlAdapter = { name?: string; schemaName?: string; tableNameMap?: Map<string, string> }

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * A collection's table as it is written in raw SQL: quoted, and qualified by the Postgres schema
 * when the adapter has its own (`schemaName`). Undefined when the adapter has no such table.
 */
export const sqlTableName = (payload: Payload, slug: string): string | undefined => {
  const db = payload.db as unknown as SqlAdapter
  const table = db.tableNameMap?.get(sqlTableKey(slug))
  if (!table) {
    return undefined
  }
  return db.name === 'postgres' && db.schemaName
    ? `${quoted(db.schemaName)}.${quoted(table)}`
    : quoted(table)
}
