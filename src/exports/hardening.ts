/**
 * Payload robustness that is not about the clinic: transactions that keep their promises, a
 * server that outlives database faults, 503s instead of 500s while the database is away, a
 * graceful shutdown, and upload folders that agree with the database after a crash. The plugin
 * applies what belongs to Payload's config itself; the rest is for the host's server.
 */
export { closeGracefully, type CloseGracefullyOptions } from '../hardening/closeGracefully.js'
export {
  DatabaseUnavailableError,
  isDatabaseUnavailable,
} from '../hardening/databaseUnavailable.js'
export { surviveDatabaseFaults } from '../hardening/surviveDatabaseFaults.js'
export {
  sweepOrphanFiles,
  type SweepOptions,
  type SweepResult,
} from '../hardening/sweepOrphanFiles.js'
export { withDatabaseOutages } from '../hardening/withDatabaseOutages.js'
export {
  DatabaseBusyError,
  reliableTransactions,
  type ReliableTransactionsOptions,
} from '../hardening/reliableTransactions.js'
