import { parseArgs } from 'node:util'

import type { BenchDatabaseKind } from './throwawayDatabase.js'

export type BenchOptions = {
  /**
   * Concurrent connections of the load generator for the response cache's runs.
   * @default 50
   */
  cacheConnections: number
  /**
   * Concurrent connections of the load generator.
   * @default 10
   */
  connections: number
  /**
   * The database the bench runs on: an embedded SQLite file, or a throwaway database on the
   * Postgres server at `postgresUrl`.
   * @default 'sqlite'
   */
  db: BenchDatabaseKind
  /**
   * Seconds of load per run (one side of one read, one round).
   * @default 5
   */
  duration: number
  /**
   * The Postgres server to create the throwaway databases on (`--postgres-url`).
   * @default 'postgres://postgres@127.0.0.1:5432/postgres'
   */
  postgresUrl: string
  /**
   * Plugin and bare runs of each read, alternated; the median of each side counts.
   * @default 3
   */
  rounds: number
  /**
   * Print the SQL statements of each read once per size (`--show-sql`).
   * @default false
   */
  showSql: boolean
  /**
   * Documents per collection, measured in this order on one growing database.
   * @default [100, 10000, 100000]
   */
  sizes: number[]
  /**
   * CI's check that the bench still works: 100 documents, 1 s runs, 1 round.
   * @default false
   */
  smoke: boolean
}

const usage = `npm run bench -- [--db sqlite|postgres] [--sizes 100,10000,100000] [--duration 5]
                    [--rounds 3] [--connections 10] [--cache-connections 50] [--smoke] [--show-sql] [--postgres-url URL]`

const positive = (name: string, value: string) => {
  const number = Number(value.replace(/_/g, ''))
  if (!Number.isFinite(number) || number <= 0) {
    throw new Error(`--${name} must be a positive number (got "${value}").\n${usage}`)
  }
  return number
}

/**
 * Reads the bench's command line; `--smoke` sets sizes, duration and rounds unless they are
 * given too.
 */
export const parseBenchArgs = (args: string[]): BenchOptions => {
  const { values } = parseArgs({
    args,
    options: {
      'cache-connections': { type: 'string' },
      connections: { type: 'string' },
      db: { type: 'string' },
      duration: { type: 'string' },
      help: { type: 'boolean' },
      'postgres-url': { type: 'string' },
      rounds: { type: 'string' },
      'show-sql': { type: 'boolean' },
      sizes: { type: 'string' },
      smoke: { type: 'boolean' },
    },
    strict: true,
  })
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    process.exit(0)
  }
  const db = values.db ?? 'sqlite'
  if (db !== 'sqlite' && db !== 'postgres') {
    throw new Error(`--db must be sqlite or postgres (got "${db}").\n${usage}`)
  }
  const smoke = Boolean(values.smoke)
  const sizes = values.sizes
    ? [...new Set(values.sizes.split(',').map((size) => Math.round(positive('sizes', size))))]
    : smoke
      ? [100]
      : [100, 10_000, 100_000]
  if (sizes.some((size) => size < 100)) {
    // Related FAQs and the articles with 5 and 50 of them come from the first hundred.
    throw new Error(`--sizes must each be at least 100 (got ${values.sizes}).\n${usage}`)
  }
  return {
    cacheConnections: Math.round(
      positive('cache-connections', values['cache-connections'] ?? '50'),
    ),
    connections: Math.round(positive('connections', values.connections ?? '10')),
    db,
    duration: positive('duration', values.duration ?? (smoke ? '1' : '5')),
    postgresUrl: values['postgres-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    rounds: Math.round(positive('rounds', values.rounds ?? (smoke ? '1' : '3'))),
    showSql: Boolean(values['show-sql']),
    sizes: sizes.sort((a, b) => a - b),
    smoke,
  }
}
