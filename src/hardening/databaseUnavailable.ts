import { APIError } from 'payload'

import { en } from '../translations/en.js'
import { translationNamespace } from '../translations/namespace.js'
import { causes } from './databaseErrors.js'

/**
 * The database cannot be reached (down, restarting, its file gone): the client should retry.
 * Answered 503 with `Retry-After`.
 */
export class DatabaseUnavailableError extends APIError {
  constructor(detail?: string) {
    super(
      en[translationNamespace].requestDatabaseUnavailable,
      503,
      detail ? { detail } : undefined,
      true,
    )
    this.name = 'DatabaseUnavailableError'
  }
}

/**
 * Set on a response that failed because the database is away (GraphQL answers 200 whatever its
 * errors): `withDatabaseOutages` answers it 503 and removes the header.
 */
export const outageHeader = 'x-smp-database-unavailable'

/**
 * Socket errors of a connection that could not be made or was cut.
 */
const socketCodes = new Set([
  'ECONNABORTED',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ETIMEDOUT',
])

/**
 * Postgres: connection exceptions (SQLSTATE class 08), the server shutting down or crashed
 * (57P01, 57P02), not accepting connections yet (57P03), out of connection slots (53300).
 */
const postgresCode = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/

/**
 * SQLite: the file cannot be opened or read (gone, moved, its folder unreadable), or the disk is
 * full; libsql's client closed under the request.
 */
const sqliteCode = /^(SQLITE_(CANTOPEN|IOERR|NOTADB|FULL|READONLY_DBMOVED)|CLIENT_CLOSED)/

/**
 * node-postgres and pg-pool say a connection went away in words, not codes.
 */
const postgresMessage =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end|Client was closed/

const mongoNames = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoPoolClearedError',
  'MongoServerSelectionError',
  'MongoTopologyClosedError',
])

/**
 * Whether an error means the database is away rather than that the request was wrong or the
 * server is broken: a refused or cut connection, a server restarting or shutting down, a SQLite
 * file that cannot be opened. A retry after the database is back will succeed.
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (const cause of causes(error)) {
    if (cause instanceof DatabaseUnavailableError) {
      return true
    }
    const { code, message, name } = cause
    if (typeof code === 'string') {
      if (socketCodes.has(code) || postgresCode.test(code) || sqliteCode.test(code)) {
        return true
      }
    }
    if (typeof name === 'string' && mongoNames.has(name)) {
      return true
    }
    if (typeof message === 'string' && postgresMessage.test(message)) {
      return true
    }
    // AggregateError (a connection to every address of a host refused) carries its causes in
    // `errors`.
    const errors = (cause as { errors?: unknown }).errors
    if (Array.isArray(errors) && errors.length && errors.every(isDatabaseUnavailable)) {
      return true
    }
  }
  return false
}
