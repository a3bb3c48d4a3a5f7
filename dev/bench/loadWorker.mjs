// One load run, in a thread of its own: the load generator then has its own core, and the
// server's event loop serves requests only. A varied run makes each request a new cache key.
// Plain JavaScript: a worker thread does not inherit the TypeScript loader of its parent.
// Its input and output are `LoadRequest` and `LoadResult` (dev/bench/load.ts).
import autocannon from 'autocannon'
import { parentPort, workerData } from 'node:worker_threads'

const { amount, base, connections, duration, request, vary } = workerData
let next = 0
const varied = () => {
  const key = `${vary}-${next++}`
  if (request.method === 'POST' && request.body) {
    const body = JSON.parse(request.body)
    return { body: JSON.stringify({ ...body, variables: { ...body.variables, key } }) }
  }
  return { path: `${request.path}${request.path.includes('?') ? '&' : '?'}key=${key}` }
}

const options = {
  ...(amount === undefined ? { duration } : { amount }),
  connections,
  requests: [
    {
      body: request.body,
      headers: request.headers,
      method: request.method,
      path: request.path,
      ...(vary ? { setupRequest: (sent) => ({ ...sent, ...varied() }) } : {}),
    },
  ],
  // A slow read is a measurement, not a failure; only one that never answers fails the bench.
  timeout: 60,
  url: base,
}
// In a worker thread autocannon leaves its result unaggregated (histograms encoded);
// `aggregateResult` makes it the usual one, latency percentiles included.
const result = autocannon.aggregateResult([await autocannon(options)], options)

parentPort.postMessage({
  duration: result.duration,
  errors: result.errors,
  non2xx: result.non2xx,
  ok: result['2xx'],
  p99: result.latency.p99,
  timeouts: result.timeouts,
})
