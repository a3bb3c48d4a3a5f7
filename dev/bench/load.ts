import { Worker } from 'node:worker_threads'

import type { ReadRequest } from './reads.js'

export type LoadRequest = {
  /** A fixed number of requests, instead of `duration`. */
  amount?: number
  base: string
  connections: number
  /** Seconds. */
  duration?: number
  request: ReadRequest
  /**
   * Each request a new cache key starting with this (a query parameter, or a GraphQL variable
   * nobody declares).
   */
  vary?: string
}

export type LoadResult = {
  duration: number
  errors: number
  non2xx: number
  ok: number
  /** Milliseconds. */
  p99: number
  timeouts: number
}

/**
 * Runs autocannon in a worker thread against `base` + the request's path.
 */
export const runLoad = (load: LoadRequest): Promise<LoadResult> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./loadWorker.mjs', import.meta.url), { workerData: load })
    worker.once('message', (result: LoadResult) => resolve(result))
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`the load worker exited with ${code}`))
      }
    })
  })
