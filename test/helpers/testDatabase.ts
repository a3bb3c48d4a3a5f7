import pg from 'pg'

/**
 * Which database the integration suites run on: `PAYLOAD_DATABASE=sqlite|postgres|mongodb`, else
 * the scheme of `DATABASE_URI`, else embedded SQLite.
 */
export type TestDatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const testDatabaseKind = (): TestDatabaseKind => {
  const named = process.env.PAYLOAD_DATABASE
  if (named === 'sqlite' || named === 'postgres' || named === 'mongodb') {
    return named
  }
  if (named) {
    throw new Error(`PAYLOAD_DATABASE must be sqlite, postgres or mongodb (got "${named}")`)
  }
  const uri = process.env.DATABASE_URI ?? ''
  if (uri.startsWith('postgres')) {
    return 'postgres'
  }
  if (uri.startsWith('mongodb')) {
    return 'mongodb'
  }
  return 'sqlite'
}

export type TestDatabase = { uri: string }

const withDatabase = (uri: string, name: string) => {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * The server Postgres databases are created on: `DATABASE_URI` when it is a Postgres URI, else
 * the local server with trust auth.
 */
export const postgresAdminUri = (): string =>
  process.env.DATABASE_URI?.startsWith('postgres')
    ? process.env.DATABASE_URI
    : 'postgres://postgres@127.0.0.1:5432/postgres'

/**
 * Prefix of every database this run creates; `npm run test:postgres` and `test:mongodb` set it
 * and drop everything under it once jest has exited and its connections are closed.
 */
export const runPrefix = (): string => process.env.SMP_TEST_RUN ?? `smp_test_${process.pid}`

/**
 * A database of its own for one test server, so suites and runs never see each other's data:
 * a file in the server's temporary folder for SQLite, a fresh database for Postgres and MongoDB.
 */
export const createTestDatabase = async (
  kind: TestDatabaseKind,
  dir: string,
): Promise<TestDatabase> => {
  if (kind === 'sqlite') {
    return { uri: `file:${dir}/test.db` }
  }
  const name = `${runPrefix()}_${Math.random().toString(36).slice(2, 10)}`
  if (kind === 'postgres') {
    const client = new pg.Client({ connectionString: postgresAdminUri() })
    await client.connect()
    try {
      await client.query(`CREATE DATABASE "${name}"`)
    } finally {
      await client.end()
    }
    return { uri: withDatabase(postgresAdminUri(), name) }
  }
  const base = process.env.MONGODB_URI
  if (!base) {
    throw new Error('The MongoDB leg needs MONGODB_URI; run it with npm run test:mongodb.')
  }
  return { uri: withDatabase(base, name) }
}
