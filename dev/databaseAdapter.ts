import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { reliableTransactions } from '../src/index.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The embedded default: a SQLite file beside this folder's config, so `npm run dev` needs no server.
 */
export const defaultDatabaseUri = `file:${path.join(dirname, 'smp-clinic.db')}`

/**
 * The dev app's committed migrations, one folder per SQL database.
 */
export const migrationDirs = {
  postgres: path.join(dirname, 'migrations', 'postgres'),
  sqlite: path.join(dirname, 'migrations', 'sqlite'),
}

export type DatabaseAdapterOptions = {
  /**
   * The ids SQLite and Postgres give documents: whole numbers, or UUIDs (`DATABASE_ID_TYPE=uuid`,
   * which the tests' UUID legs set; the committed migrations are for whole numbers, so it needs a
   * pushed schema).
   * @default process.env.DATABASE_ID_TYPE, else whole numbers
   */
  idType?: 'number' | 'uuid'
  /**
   * Drizzle's query logger for SQLite and Postgres (MongoDB ignores it): the benchmark and the
   * tests count the SQL statements a request runs with one.
   * @default undefined (nothing logged)
   */
  logger?: Parameters<typeof sqliteAdapter>[0]['logger']
  /**
   * Build the SQLite or Postgres schema from the committed migrations instead of pushing it.
   * @default false
   */
  migrations?: boolean
}

/**
 * Chooses the adapter from the URI's scheme: `file:` SQLite, `postgres://` Postgres,
 * `mongodb://` MongoDB. With `migrations`, SQLite and Postgres build their schema from the
 * committed migrations instead of pushing it (pushing is for development only; production never
 * pushes).
 */
export const databaseAdapter = (
  uri: string = defaultDatabaseUri,
  {
    idType = process.env.DATABASE_ID_TYPE === 'uuid' ? 'uuid' : 'number',
    logger,
    migrations = false,
  }: DatabaseAdapterOptions = {},
): DatabaseAdapterObj => {
  if (uri.startsWith('file:') || uri.startsWith('libsql:')) {
    // Transactions keep a failed write from leaving half a document behind; WAL lets reads go on
    // while one write commits, and writes queue (reliableTransactions) instead of failing.
    return reliableTransactions(
      sqliteAdapter({
        busyTimeout: 5000,
        client: { url: uri },
        idType,
        logger,
        migrationDir: migrationDirs.sqlite,
        push: !migrations,
        transactionOptions: {},
        wal: uri.startsWith('file:'),
      }),
    )
  }
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) {
    return reliableTransactions(
      postgresAdapter({
        idType: idType === 'uuid' ? 'uuid' : 'serial',
        logger,
        migrationDir: migrationDirs.postgres,
        pool: { connectionString: uri },
        push: !migrations,
      }),
    )
  }
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    return mongooseAdapter({ url: uri })
  }
  throw new Error(
    `DATABASE_URI must start with file:, postgres:// or mongodb:// (got "${uri.split(':')[0]}:").`,
  )
}
