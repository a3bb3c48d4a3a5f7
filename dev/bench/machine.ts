import type { Payload } from 'payload'

import os from 'node:os'

import { sqlAdapter } from './bulkInsert.js'

/**
 * What the numbers were measured on.
 */
export const describeMachine = () => ({
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
  // Another process busy on the same cores lowers every number; the report shows it.
  loadAverage: os.loadavg(),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
})

/**
 * The database server's version (SQLite's library version for SQLite).
 */
export const databaseVersion = async (payload: Payload): Promise<string> => {
  const db = sqlAdapter(payload)
  const sqlite = payload.db.name === 'sqlite'
  const result = (await db.execute({
    drizzle: db.drizzle,
    raw: sqlite ? 'select sqlite_version() as version' : 'show server_version',
  })) as { rows?: Record<string, unknown>[] }
  const row = result.rows?.[0]
  return String(row?.version ?? row?.server_version ?? 'unknown')
}
