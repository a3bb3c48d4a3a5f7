import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import pg from 'pg'

import { postgresAdminUri } from '../helpers/testDatabase.js'

/**
 * `npm run test:postgres` and `npm run test:mongodb`: run the integration suites unchanged on
 * another database. Each run gets its own databases (named after the run) and drops them once
 * jest has exited, when no connection to them is left open.
 */
const kind = process.argv[2]
if (kind !== 'postgres' && kind !== 'mongodb') {
  console.error('usage: runLeg.ts postgres|mongodb [jest arguments]')
  process.exit(2)
}
const run = `smp_test_${Date.now().toString(36)}`
// Every suite, the fuzz and the load run included (`npm test` leaves those to CI). The robustness
// leg runs the full fuzz (10,000 requests) and load (60 s) on SQLite; here they run a bounded
// sample of the same generators (the first 2,000 requests), so the whole CI stays inside its time.
const env: NodeJS.ProcessEnv = {
  SMP_FUZZ_REQUESTS: '2000',
  SMP_LOAD_SECONDS: '15',
  ...process.env,
  PAYLOAD_DATABASE: kind,
  SMP_TEST_RUN: run,
  SMP_TEST_TIER: 'all',
}

const runJest = (args: string[], extraEnv: Record<string, string> = {}, workers = 2) =>
  new Promise<number>((resolve) => {
    const jest = createRequire(import.meta.url).resolve('jest/bin/jest')
    const child = spawn(
      process.execPath,
      // --forceExit: the Postgres adapter keeps its pool open after destroy(), holding jest open.
      // Workers, not --runInBand: jest replaces one when a file leaves it too big (jest.config).
      // Two: most of a file's time is spent waiting on the database server, so a second file
      // runs meanwhile (each test server has databases of its own).
      [
        '--experimental-vm-modules',
        '--no-warnings',
        jest,
        `--maxWorkers=${workers}`,
        '--forceExit',
        ...args,
      ],
      { env: { ...env, ...extraEnv }, stdio: 'inherit' },
    )
    child.on('exit', (code) => resolve(code ?? 1))
  })

/**
 * The jest run of a leg. With no files named, the suites that wait on the real clock run first,
 * in a process of their own (a fresh heap, no long garbage-collection pause in their windows),
 * then the rest; the leg fails if either does.
 */
const runAll = async () => {
  const args = process.argv.slice(3)
  if (args.length) {
    return runJest(args)
  }
  // One worker: these count real time, and a file beside them would take from it.
  const realtime = await runJest(
    ['--passWithNoTests', '--testPathPatterns', '\\.realtime\\.test\\.ts$'],
    {},
    1,
  )
  const rest = await runJest([], { SMP_TEST_REALTIME: 'skip' })
  return realtime || rest
}

const postgresLeg = async () => {
  const admin = new pg.Client({ connectionString: postgresAdminUri() })
  await admin.connect()
  try {
    const code = await runAll()
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${run}\\_%`],
    )
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    }
    return code
  } finally {
    await admin.end()
  }
}

const mongodbLeg = async () => {
  if (process.env.MONGODB_URI) {
    const code = await runAll()
    const { MongoClient } = await import('mongodb')
    const client = await MongoClient.connect(process.env.MONGODB_URI)
    const { databases } = await client.db().admin().listDatabases()
    for (const { name } of databases.filter(({ name }) => name.startsWith(`${run}_`))) {
      await client.db(name).dropDatabase()
    }
    await client.close()
    return code
  }
  const { MongoMemoryReplSet } = await import('mongodb-memory-server')
  let replSet: Awaited<ReturnType<typeof MongoMemoryReplSet.create>>
  // The library logs its own failure at length; the one line below says what matters.
  const consoleError = console.error
  console.error = () => {}
  try {
    // A replica set, as in production, so Payload runs MongoDB with transactions.
    replSet = await MongoMemoryReplSet.create({
      replSet: { count: 1, storageEngine: 'wiredTiger' },
    })
  } catch (error) {
    const code = (error as { code?: string }).code
    const name = error instanceof Error ? error.name : 'Error'
    console.log(
      `\nSKIP mongodb leg: no mongod binary could be obtained (${name}${code ? ` ${code}` : ''}: its download is blocked here). Set MONGODB_URI to a replica set to run it. 0 tests run.`,
    )
    return 0
  } finally {
    console.error = consoleError
  }
  env.MONGODB_URI = replSet.getUri()
  try {
    return await runAll()
  } finally {
    await replSet.stop()
  }
}

process.exit(kind === 'postgres' ? await postgresLeg() : await mongodbLeg())
