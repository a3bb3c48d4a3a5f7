import type { Payload } from 'payload'

import { isDatabaseUnavailable } from './databaseUnavailable.js'

/**
 * What a load balancer is told: whether this instance can serve requests now.
 */
export type Readiness = {
  /**
   * Why it cannot: the database is away, or the server is shutting down.
   */
  reason?: 'database' | 'draining'
  ready: boolean
  /**
   * When the database was last found away (while it still is).
   */
  since?: Date
}

type Probe = () => Promise<unknown>

/**
 * How long a successful check stands for the next ones, so a load balancer (or anyone) polling
 * readiness does not put a query on the database for every poll.
 */
const freshMs = 500
/**
 * How long one check may take before the database counts as away.
 */
const probeTimeoutMs = 2000
/**
 * While the database is away, how often it is tried again: readiness says so within this time
 * of its return.
 */
const retryMs = 200

/**
 * The way to ask each kind of database whether it answers: a trivial query on the SQL adapters,
 * a ping on MongoDB.
 */
const probeOf = (payload: Payload): Probe => {
  const db = payload.db as unknown as {
    connection?: { db?: { admin: () => { ping: () => Promise<unknown> } } }
    drizzle?: unknown
    execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  }
  if (db.execute && db.drizzle) {
    return () => db.execute!({ drizzle: db.drizzle, raw: 'select 1' })
  }
  if (db.connection?.db) {
    return () => db.connection!.db!.admin().ping()
  }
  // An adapter the plugin does not know: its own reads will tell.
  return () => Promise.resolve()
}

const withTimeout = (work: Promise<unknown>, ms: number) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    timer.unref()
    work.then(
      () => {
        clearTimeout(timer)
        resolve()
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })

/**
 * One instance's view of its database: up, or away since some moment. A fault seen anywhere (a
 * pool's error event, a request that failed because the database is away) marks it away at once,
 * and from then on it is tried every 200 ms until it answers.
 */
export class DatabaseHealth {
  /**
   * Set once the server has begun to shut down: it should get no new requests.
   */
  draining = false
  private awaySince: Date | undefined
  private checkedAt = 0
  private checking: Promise<boolean> | undefined
  private retrying: NodeJS.Timeout | undefined
  private stopped = false

  private probe: Probe | undefined

  constructor(private readonly payload: Payload) {}

  /**
   * Marks the database away (when the error says so) and starts trying it again.
   */
  reportFault(error: unknown): void {
    if (!isDatabaseUnavailable(error) || this.stopped) {
      return
    }
    if (!this.awaySince) {
      this.awaySince = new Date()
      this.payload.logger.warn(
        `The database cannot be reached (${(error as Error)?.message ?? String(error)}); answering 503 until it is back.`,
      )
    }
    this.checkedAt = 0
    this.scheduleRetry()
  }

  /**
   * Whether the database answers now (a check at most 500 ms old stands).
   */
  async databaseUp(): Promise<boolean> {
    if (!this.awaySince && Date.now() - this.checkedAt < freshMs) {
      return true
    }
    return this.check()
  }

  /**
   * Whether the database answers a check begun now: for a caller that saw something fail a
   * moment ago and must know whether the database was the cause (a check made before the
   * failure would not say).
   */
  async answersNow(): Promise<boolean> {
    if (this.checking) {
      // A check already under way may have begun before the caller's failure.
      await this.checking
    }
    return this.check()
  }

  private check(): Promise<boolean> {
    // Made on first use: the adapter is connected by then.
    this.probe ??= probeOf(this.payload)
    this.checking ??= withTimeout(this.probe(), probeTimeoutMs)
      .then(
        () => {
          if (this.awaySince) {
            this.payload.logger.info(
              `The database answers again after ${Date.now() - this.awaySince.getTime()} ms.`,
            )
          }
          this.awaySince = undefined
          this.checkedAt = Date.now()
          return true
        },
        (error: unknown) => {
          // Whatever the failure, a database that does not answer a trivial query is away.
          this.awaySince ??= new Date()
          this.scheduleRetry()
          this.payload.logger.debug({ err: error, msg: 'database check failed' })
          return false
        },
      )
      .finally(() => {
        this.checking = undefined
      })
    return this.checking
  }

  async readiness(): Promise<Readiness> {
    if (this.draining) {
      return { ready: false, reason: 'draining' }
    }
    if (await this.databaseUp()) {
      return { ready: true }
    }
    return { ready: false, reason: 'database', since: this.awaySince }
  }

  /**
   * Stops trying the database (Payload is being destroyed).
   */
  stop(): void {
    this.stopped = true
    clearTimeout(this.retrying)
  }

  private scheduleRetry() {
    if (this.retrying || this.stopped) {
      return
    }
    this.retrying = setTimeout(() => {
      this.retrying = undefined
      void this.databaseUp()
    }, retryMs)
    this.retrying.unref()
  }
}

const monitors = new WeakMap<object, DatabaseHealth>()

/**
 * The health of `payload`'s database, one per instance.
 */
export const databaseHealth = (payload: Payload): DatabaseHealth => {
  let monitor = monitors.get(payload)
  if (!monitor) {
    monitor = new DatabaseHealth(payload)
    monitors.set(payload, monitor)
  }
  return monitor
}
