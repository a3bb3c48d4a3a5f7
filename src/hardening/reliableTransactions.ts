import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { randomUUID } from 'node:crypto'
import { APIError } from 'payload'

import { en } from '../translations/en.js'
import { translationNamespace } from '../translations/namespace.js'
import { DatabaseUnavailableError, isDatabaseUnavailable } from './databaseUnavailable.js'
import { isBusyError } from './databaseErrors.js'
import { writeQueue } from './writeQueue.js'

export type ReliableTransactionsOptions = {
  /**
   * How long a write waits for the database (the queue, and SQLite's lock held by another
   * process) before the request is answered 503 with `Retry-After`.
   * @default 5000
   */
  busyTimeoutMs?: number
  /**
   * Let one write transaction run at a time in this process, the others waiting their turn.
   * SQLite allows a single writer; without the queue, concurrent writes fail with SQLITE_BUSY.
   * @default true for SQLite, false otherwise
   */
  serializeWrites?: boolean
}

/**
 * The database is busy: the client should retry (answered 503 with `Retry-After`).
 */
export class DatabaseBusyError extends APIError {
  constructor() {
    super('The database is busy with other writes; retry in a moment.', 503, undefined, true)
  }
}

/**
 * A commit failed, so nothing was saved (answered 500). Payload commits with the transaction's id
 * alone, so no request is in reach here: the message is the English one, and the error keeps
 * `reason` for whoever answers the request to say it in the request's language with the
 * `requestCommitFailed` string.
 */
export class CommitFailedError extends APIError {
  readonly reason: string
  constructor(reason: string) {
    super(
      en[translationNamespace].requestCommitFailed.replace('{{error}}', () => reason),
      500,
    )
    this.reason = reason
  }
}

type Session = { db: unknown; reject: () => Promise<void>; resolve: () => Promise<void> }

type DrizzleAdapter = BaseDatabaseAdapter & {
  busyTimeout?: number
  client?: {
    execute: (sql: string) => Promise<unknown>
    transaction: (mode?: string) => Promise<unknown>
  }
  connect?: (options?: { hotReload: boolean }) => Promise<void>
  drizzle: {
    transaction: (run: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void>
  }
  execute: (args: { db?: unknown; raw: string }) => Promise<unknown>
  initializing?: Promise<void>
  poolOptions?: { max?: number }
  sessions: Record<string, Session>
  transactionOptions?: unknown
}

const rolledBack = new Error('rolled back')

/**
 * Gives every new SQLite connection the busy timeout. The driver opens a fresh connection for
 * each transaction and Payload sets the timeout only on the first, so later ones fail at once
 * when another process holds the lock.
 */
const busyTimeoutOnEveryConnection = (adapter: DrizzleAdapter, busyTimeoutMs: number) => {
  const client = adapter.client
  if (!client) {
    return
  }
  const transaction = client.transaction.bind(client)
  const pragma = `PRAGMA busy_timeout = ${busyTimeoutMs}`
  // Deferred, not the driver's default IMMEDIATE: a transaction takes the write lock at its first
  // write. Payload writes some things outside the request's transaction (a password reset
  // token, say); an IMMEDIATE transaction holding the lock from its start would make that
  // write wait for the transaction, which waits for it. Writes still queue in this process.
  client.transaction = (mode = 'deferred') => {
    // The driver runs both synchronously: the pragma reaches the connection the transaction then
    // takes, and the second call prepares the connection that replaces it.
    // A failure shows in the transaction's own statements; these are not awaited.
    client.execute(pragma).catch(() => undefined)
    const started = transaction(mode)
    client.execute(pragma).catch(() => undefined)
    return started
  }
}

/**
 * Payload's job runner writes to its jobs collection outside any transaction (it deletes the
 * jobs it completed with `deleteMany`, and with `runHooks` updates them too). On SQLite such a
 * write, landing between a request transaction's first read and its first write, makes that
 * request fail with "database is locked": the write queue does not see it. These writes join
 * the queue. Only the jobs collection's: Payload writes some other things outside a transaction
 * while the same request holds one (a password reset token), and queueing those would make the
 * request wait on itself.
 */
const queueJobWrites = (adapter: DrizzleAdapter, queue: ReturnType<typeof writeQueue>) => {
  const methods = ['deleteMany', 'deleteOne', 'updateMany', 'updateOne'] as const
  for (const method of methods) {
    const original = (adapter as unknown as Record<string, (args: unknown) => Promise<unknown>>)[
      method
    ]
    if (typeof original !== 'function') {
      continue
    }
    ;(adapter as unknown as Record<string, (args: unknown) => Promise<unknown>>)[method] = async (
      args: unknown,
    ) => {
      const { collection, req } = (args ?? {}) as {
        collection?: string
        req?: { transactionID?: unknown }
      }
      const inTransaction = req?.transactionID !== undefined && req.transactionID !== null
      if (collection !== 'payload-jobs' || inTransaction) {
        return original.call(adapter, args)
      }
      const release = await queue.acquire()
      try {
        return await original.call(adapter, args)
      } finally {
        release()
      }
    }
  }
}

/**
 * Payload's job runner claims jobs by reading the runnable ones, then marking each `processing`
 * (the SQL adapters' `updateJobs`: a SELECT, then an UPDATE of each row found, with no
 * condition). Two processes looking at the same moment both claim, and both run, the same job:
 * a webhook reaches the site twice, and the later run's writes to a job the first completed and
 * deleted fail. On Postgres every claim first takes a transaction-scoped advisory lock, so claims
 * run one at a time, each reading the marks the one before it committed.
 *
 * Payload begins a transaction for each `updateJobs` call and neither commits nor rolls it back
 * when the call fails: its connection stays checked out with its locks, and once the pool is
 * used up every request waits forever. A failed call rolls its transaction back.
 */
const claimJobsOneAtATime = (adapter: DrizzleAdapter) => {
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = async (args) => {
    const transactionID = await args.req?.transactionID
    const session = transactionID === undefined ? undefined : adapter.sessions[transactionID]
    try {
      if (session && adapter.name === 'postgres' && !args.id && args.data.processing === true) {
        await adapter.execute({
          db: session.db,
          raw: `select pg_advisory_xact_lock(hashtext('payload-plugin-smp-clinic:job-claim'))`,
        })
      }
      return await updateJobs(args)
    } catch (error) {
      if (session) {
        await adapter.rollbackTransaction(transactionID!)
      }
      throw error
    }
  }
}

/**
 * How many transactions may be open at once on Postgres: one fewer than the pool's connections.
 * Payload reads some things outside the request's transaction while that transaction holds its
 * connection (every REST update reads the document's edit lock, `payload-locked-documents`, with no
 * `req`). When as many updates as the pool has connections start together, each holds one and
 * waits for another, and the process never answers again. With a connection always left over,
 * those reads go on; the other transactions wait their turn.
 */
const postgresTransactionSlots = (adapter: DrizzleAdapter) =>
  Math.max(1, (adapter.poolOptions?.max ?? 10) - 1)

/**
 * Makes a SQL adapter's transactions keep their promises (Payload's SQL adapters, 3.90):
 * - A commit that fails is an error, so the request fails instead of answering 2xx for a write
 *   that was not stored (Payload's `commitTransaction` swallows the failure).
 * - On SQLite, write transactions queue in this process, and every connection waits out another
 *   process's lock; a write still waiting after `busyTimeoutMs` is a 503 with `Retry-After`.
 * - On Postgres, transactions leave one pooled connection free (beyond that they wait their
 *   turn, as for a connection), so concurrent updates cannot use up the pool and hang.
 * - The job runner's claims are atomic on Postgres, so several processes can run one queue and
 *   each job runs once; a failed job update no longer keeps its connection forever.
 *
 * @example db: reliableTransactions(sqliteAdapter({ client: { url }, wal: true }))
 */
export const reliableTransactions = (
  adapterObj: DatabaseAdapterObj,
  { busyTimeoutMs = 5000, serializeWrites }: ReliableTransactionsOptions = {},
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as unknown as DrizzleAdapter
    if (adapter.name !== 'sqlite' && adapter.name !== 'postgres') {
      return adapter as unknown as BaseDatabaseAdapter
    }
    const sqlite = adapter.name === 'sqlite'
    const queue =
      (serializeWrites ?? sqlite)
        ? writeQueue(busyTimeoutMs, () => new DatabaseBusyError())
        : undefined
    const turns =
      queue ??
      (sqlite
        ? undefined
        : // As long as a connection of the pool would be waited for.
          writeQueue(Infinity, () => new DatabaseBusyError(), postgresTransactionSlots(adapter)))

    if (sqlite) {
      const connect = adapter.connect!.bind(adapter)
      adapter.connect = async (options) => {
        await connect(options)
        busyTimeoutOnEveryConnection(adapter, busyTimeoutMs)
      }
    }

    if (queue) {
      queueJobWrites(adapter, queue)
    }
    claimJobsOneAtATime(adapter)

    adapter.beginTransaction = async (options) => {
      const release = turns ? await turns.acquire() : () => undefined
      try {
        await adapter.initializing
        const id = randomUUID()
        await new Promise<void>((ready, failed) => {
          let settled: Promise<void> = Promise.resolve()
          const outcome = adapter.drizzle.transaction(
            (tx) =>
              new Promise<void>((commit, rollback) => {
                adapter.sessions[id] = {
                  db: tx,
                  reject: () => {
                    rollback(rolledBack)
                    return settled.catch(() => undefined)
                  },
                  resolve: () => {
                    commit()
                    return settled
                  },
                }
                ready()
              }),
            options ?? adapter.transactionOptions,
          )
          settled = outcome.finally(release)
          // Before the transaction is ready, a failure fails the begin; after, it is the
          // commit's to report.
          settled.catch(failed)
        })
        return id
      } catch (error) {
        release()
        if (isDatabaseUnavailable(error)) {
          throw new DatabaseUnavailableError((error as Error).message)
        }
        throw isBusyError(error) ? new DatabaseBusyError() : error
      }
    }

    adapter.commitTransaction = async (incoming) => {
      const id = incoming instanceof Promise ? await incoming : incoming
      const session = id === null || id === undefined ? undefined : adapter.sessions[id]
      if (!session || id === null || id === undefined) {
        return
      }
      delete adapter.sessions[id]
      try {
        await session.resolve()
      } catch (error) {
        // Whether a commit whose connection was cut reached the database cannot be known; the
        // client is not told it was stored (503, so it may retry), nor that it failed for good.
        if (isDatabaseUnavailable(error)) {
          throw new DatabaseUnavailableError((error as Error).message)
        }
        if (isBusyError(error)) {
          throw new DatabaseBusyError()
        }
        throw new CommitFailedError((error as Error).message)
      }
    }

    return adapter as unknown as BaseDatabaseAdapter
  },
})
