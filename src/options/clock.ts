import { AsyncLocalStorage } from 'node:async_hooks'

const instants = new AsyncLocalStorage<Date>()

/**
 * The plugin's clock: the host's `clock` (or the system's), except inside `atInstant`, where it
 * reads the instant asked about. Every rule that depends on time (a consent's end, an image's
 * `publicUntil`) reads this clock, so a rule can be asked what it said at another instant.
 */
export const pluginClock =
  (base: () => Date): (() => Date) =>
  () =>
    instants.getStore() ?? base()

/**
 * Runs `work` with the plugin's clock reading `instant`: the read rules asked inside it answer
 * as they did (or will) then. Only for reads; nothing that outlives `work` should start in it.
 */
export const atInstant = <T>(instant: Date, work: () => Promise<T>): Promise<T> =>
  instants.run(instant, work)
