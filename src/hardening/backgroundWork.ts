import { AsyncLocalStorage } from 'node:async_hooks'

const running = new AsyncLocalStorage<string>()

/**
 * Runs `task` marked as the server's own background work (the poller), not a request's: whatever
 * it starts, queries included, can tell (`backgroundWork`). A query logger that counts what a
 * request costs leaves it out.
 */
export const asBackground = <T>(name: string, task: () => Promise<T>): Promise<T> =>
  running.run(name, task)

/**
 * The name of the background work this code runs for, or undefined within a request.
 */
export const backgroundWork = (): string | undefined => running.getStore()
