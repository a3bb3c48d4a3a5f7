import type { Server } from 'node:http'
import type { Payload } from 'payload'

import { databaseHealth } from './databaseHealth.js'

export type CloseGracefullyOptions = {
  /**
   * How long readiness says "draining" before the server stops accepting connections, so a load
   * balancer that polls readiness has stopped sending requests here. Orchestrators that remove an
   * instance from rotation before signalling it (Kubernetes with a `preStop` pause) need none.
   * @default 0
   */
  drainMs?: number
  /**
   * Payload, to mark it draining for readiness at once, and to destroy (stopping its job runners
   * and the plugin's timers, then closing the database pool) once the last request has been
   * answered.
   */
  payload?: Payload
  /**
   * How long requests under way may take to finish; connections still busy then are closed.
   * @default 10000
   */
  timeoutMs?: number
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())

/**
 * Shuts an HTTP server down without cutting a request short: readiness answers 503 at once, the
 * server stops accepting connections, idle keep-alive connections close, requests under way are
 * answered (for at most `timeoutMs`), and then Payload is destroyed. Resolves when all of that is
 * done; call `process.exit` after it.
 *
 * @example
 * process.once('SIGTERM', async () => {
 *   await closeGracefully(server, { payload })
 *   process.exit(0)
 * })
 */
export const closeGracefully = async (
  server: Server,
  { drainMs = 0, payload, timeoutMs = 10_000 }: CloseGracefullyOptions = {},
): Promise<void> => {
  const started = Date.now()
  if (payload) {
    databaseHealth(payload).draining = true
  }
  if (drainMs > 0) {
    await wait(drainMs)
  }
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  // A keep-alive connection becomes idle once its request is answered; it is closed then, so a
  // client does not send it another request that would meet a closing socket.
  server.closeIdleConnections()
  const idle = setInterval(() => server.closeIdleConnections(), 50)
  const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs)
  try {
    await closed
  } finally {
    clearInterval(idle)
    clearTimeout(deadline)
  }
  if (payload) {
    // A job runner waits for the job it is running; a job cut short here is run again by
    // another instance once its lease lapses.
    const left = Math.max(1000, timeoutMs - (Date.now() - started))
    await Promise.race([payload.destroy(), wait(left)])
  }
}
