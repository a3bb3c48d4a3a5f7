import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import type { EventEmitter } from 'node:events'

import { type Stats, statSync } from 'node:fs'

import { databaseHealth } from './databaseHealth.js'
import { DatabaseUnavailableError } from './databaseUnavailable.js'
import { reportTransactionEnds } from './transactionEnd.js'

/**
 * How long a request waits for a Postgres connection (a new one, or a free one of the pool)
 * before it is answered 503, unless the host's pool options say otherwise. node-postgres waits
 * forever by default: a database that stops answering would hang every request.
 */
const connectTimeoutMs = 10_000

const hardened = Symbol.for('payload-plugin-smp-clinic:survives-database-faults')

interface PoolInstance extends EventEmitter {
  connect(...args: unknown[]): unknown
}

type PoolClass = new (options?: Record<string, unknown>) => PoolInstance

type SqlAdapter = BaseDatabaseAdapter & {
  client?: Record<string, unknown>
  clientConfig?: { url?: string }
  connect?: (options?: { hotReload: boolean }) => Promise<void>
  connection?: EventEmitter
  pg?: { Pool: PoolClass }
}

/**
 * A pool class that never lets a database fault end the process. node-postgres emits `error` on
 * the pool for an idle connection the server ends, and on the client itself for one in use (a
 * restart ends every connection with 57P01); with no listener, Node throws the event and the
 * process exits. Every pool and every client gets a listener that reports the fault, and the
 * connection is dropped by the pool when it is next released.
 *
 * Payload's adapter also checks one connection out at start and never returns it, with a
 * listener of its own that checks out another whenever that one is reset: each database
 * restart would take one more connection out of the pool for good. That connection is given
 * back to the pool, without Payload's listener.
 */
const hardenedPool = (Base: PoolClass, onFault: (error: unknown) => void): PoolClass =>
  class HardenedPool extends Base {
    private handedOut = false
    constructor(options: Record<string, unknown> = {}) {
      super({ connectionTimeoutMillis: connectTimeoutMs, keepAlive: true, ...options })
      this.on('error', onFault)
      this.on('connect', (client: EventEmitter) => client.on('error', onFault))
    }

    connect(...args: unknown[]): unknown {
      const result = super.connect(...args)
      if (this.handedOut || args.length || !(result instanceof Promise)) {
        return result
      }
      // The first connection checked out with no callback: Payload's own, at start.
      this.handedOut = true
      void result.then(
        (client: EventEmitter & { release?: () => void }) =>
          // After Payload's code has run on it (it adds its listener when the promise resolves).
          setImmediate(() => {
            const foreign = client.listeners('error').filter((listener) => listener !== onFault)
            if (!foreign.length) {
              // Not Payload's held connection after all: whoever took it gives it back.
              return
            }
            foreign.forEach((listener) =>
              client.removeListener('error', listener as (...args: unknown[]) => void),
            )
            client.release?.()
          }),
        () => undefined,
      )
      return result
    }
  }

/**
 * Where a `file:` URL keeps its SQLite database, or undefined for anything else (`:memory:`,
 * a remote libsql server).
 */
const sqliteFile = (url: string | undefined): string | undefined => {
  if (!url?.startsWith('file:')) {
    return undefined
  }
  const file = decodeURIComponent(url.replace(/^file:(\/\/[^/]*)?/, '').split('?')[0] ?? '')
  return file && !file.includes(':memory:') ? file : undefined
}

/**
 * SQLite opens a new connection for each transaction, creating an empty database where the file
 * has gone: requests would then fail on missing tables (500), and writes would go nowhere
 * anyone reads. Before each use the file is looked at: a missing file is a 503 until it is back;
 * a different file at the same path (a backup restored over it) is opened afresh.
 */
const watchSqliteFile = (adapter: SqlAdapter, onFault: (error: unknown) => void) => {
  const client = adapter.client
  const file = sqliteFile(adapter.clientConfig?.url)
  if (!client || !file) {
    return
  }
  const originals = Object.fromEntries(
    ['batch', 'execute', 'executeMultiple', 'migrate', 'transaction']
      .filter((name) => typeof client[name] === 'function')
      .map((name) => [name, (client[name] as (...args: unknown[]) => unknown).bind(client)]),
  )
  let known: Stats | undefined = statSync(file, { throwIfNoEntry: false })
  // Synchronous up to the driver's own call: the driver opens connections synchronously, and the
  // busy timeout (reliableTransactions) depends on statements reaching them in call order.
  const checked =
    (original: (...args: unknown[]) => unknown) =>
    (...args: unknown[]): unknown => {
      const now = statSync(file, { throwIfNoEntry: false })
      if (!now) {
        const error = new DatabaseUnavailableError('the SQLite database file is missing')
        onFault(error)
        return Promise.reject(error)
      }
      const replaced = known && (now.ino !== known.ino || now.dev !== known.dev)
      // Taken as known first: reopening goes through these wrappers again.
      known = now
      if (replaced) {
        // The connection the client keeps is on the old file. A transaction takes it away (the
        // driver does that synchronously), so the next statement opens the file now at the path.
        void (originals.transaction!('read') as Promise<{ close: () => void }>).then(
          (stale) => stale.close(),
          () => undefined,
        )
      }
      return original(...args)
    }
  for (const [name, original] of Object.entries(originals)) {
    client[name] = checked(original)
  }
}

/**
 * Keeps a database fault from ending the process, on every adapter the plugin supports:
 *
 * - Postgres: every pool and every connection has an `error` listener (a restart, a crash, a
 *   network cut), a connection is waited for at most 10 s, and the connection Payload keeps
 *   from its pool at start is returned to it, so restarts do not drain the pool.
 * - SQLite: a database file that vanishes answers 503 instead of being recreated empty.
 * - MongoDB: the connection's `error` events are reported instead of thrown.
 *
 * Each fault marks the database away for readiness (`/api/smp-clinic/ready`) until it answers
 * again; requests that meet it are answered 503 with `Retry-After`. Nothing needs restarting:
 * node-postgres and the MongoDB driver connect again on the next request, so the server serves
 * again as soon as the database is back.
 *
 * The plugin applies this to the configured adapter itself; wrapping an adapter twice is
 * harmless.
 *
 * @example db: surviveDatabaseFaults(postgresAdapter({ pool: { connectionString } }))
 */
export const surviveDatabaseFaults = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => {
  if ((adapterObj as unknown as Record<symbol, boolean>)[hardened]) {
    return adapterObj
  }
  const wrapped: DatabaseAdapterObj = {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as SqlAdapter
      const onFault = (error: unknown) => databaseHealth(args.payload).reportFault(error)
      if (adapter.name === 'postgres' && adapter.pg?.Pool) {
        adapter.pg = Object.create(adapter.pg, {
          Pool: { value: hardenedPool(adapter.pg.Pool, onFault) },
        }) as { Pool: PoolClass }
      }
      if (adapter.connect) {
        const connect = adapter.connect.bind(adapter)
        adapter.connect = async (options) => {
          await connect(options)
          if (adapter.name === 'sqlite') {
            watchSqliteFile(adapter, onFault)
          }
          adapter.connection?.on?.('error', onFault)
        }
      }
      reportTransactionEnds(adapter)
      return adapter
    },
  }
  Object.defineProperty(wrapped, hardened, { value: true })
  return wrapped
}
