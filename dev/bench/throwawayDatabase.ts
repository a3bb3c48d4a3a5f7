import type { Payload } from 'payload'

import path from 'node:path'
import pg from 'pg'

export type BenchDatabaseKind = 'postgres' | 'sqlite'

export type ThrowawayDatabase = {
  drop: () => Promise<void>
  uri: string
}

const withDatabase = (uri: string, name: string) => {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

const onServer = async (serverUri: string, statement: string) => {
  const client = new pg.Client({ connectionString: serverUri })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/**
 * A database of the bench's own: a file in its temporary folder (removed with the folder), or a
 * fresh Postgres database on `serverUri`, dropped by `drop` even while connections remain.
 */
export const createThrowawayDatabase = async (
  kind: BenchDatabaseKind,
  { dir, name, serverUri }: { dir: string; name: string; serverUri: string },
): Promise<ThrowawayDatabase> => {
  if (kind === 'sqlite') {
    return { drop: async () => {}, uri: `file:${path.join(dir, `${name}.db`)}` }
  }
  const database = `smp_bench_${process.pid}_${name}`
  await onServer(serverUri, `CREATE DATABASE "${database}"`)
  return {
    drop: () => onServer(serverUri, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
    uri: withDatabase(serverUri, database),
  }
}

/**
 * Destroys a Payload instance and closes the database connections `payload.destroy()` leaves
 * open (the SQLite client, the Postgres pool), so the database can be dropped.
 */
export const destroyPayload = async (payload: Payload): Promise<void> => {
  const { client, pool } = payload.db as unknown as {
    client?: { close?: () => void }
    pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
  }
  await payload.destroy()
  client?.close?.()
  if (pool) {
    // The adapter keeps its first connection checked out for good, so `end()` closes the idle
    // ones but never resolves; dropping the database ends the rest, which must not be reported
    // as an error of the pool.
    pool.on('error', () => {})
    void pool.end()
  }
}
