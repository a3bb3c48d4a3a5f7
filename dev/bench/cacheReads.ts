import type { BenchServer } from './benchServer.js'
import type { Read, ReadRequest } from './reads.js'
import type { CacheMeasure } from './results.js'

import { runLoad } from './load.js'
import { BenchFailure, median } from './measure.js'

/**
 * What each run of the cache comparison measures:
 * - `hit`: the plugin's read from the response cache (its answer stored beforehand);
 * - `bare`: the bare copy's read, computed by Payload every time;
 * - `ceiling`: a plain express route sending the same bytes, the fastest this server answers;
 * - `miss`: the plugin's read with the cache on and every request a new key (computed, stored);
 * - `missBare`: the bare copy's read with the same varying keys.
 */
type Run = 'bare' | 'ceiling' | 'hit' | 'miss' | 'missBare'

type CacheLoadOptions = {
  /** Connections of the hit, bare and plain-route runs. */
  connections: number
  duration: number
  /** Connections of the miss runs: the uncached read's own measure. */
  missConnections: number
  rounds: number
}

const load = async (
  server: BenchServer,
  base: string,
  request: ReadRequest,
  { connections, duration }: { connections: number; duration: number },
  vary = false,
) => {
  const result = await runLoad({
    base,
    connections,
    duration,
    request,
    // Keys no earlier run used.
    vary: vary ? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}` : undefined,
  })
  await server.idle()
  if (result.errors || result.timeouts || result.non2xx) {
    throw new BenchFailure(
      `${request.method} ${base}${request.path}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts under load`,
    )
  }
  return { p99: result.p99, rps: result.ok / result.duration }
}

const fetchAnswer = async (base: string, { body, headers, method, path }: ReadRequest) => {
  const response = await fetch(`${base}${path}`, { body, headers, method })
  return {
    body: Buffer.from(await response.arrayBuffer()),
    cache: response.headers.get('x-cache'),
    contentType: response.headers.get('content-type') ?? 'application/json',
    status: response.status,
  }
}

/**
 * One read through the cache: its answer stored and checked to come back from memory, the same
 * bytes given to the plain route, then each kind of run alternated over the rounds.
 */
export const measureCachedRead = async (
  server: BenchServer,
  read: Read,
  size: number,
  options: CacheLoadOptions,
): Promise<CacheMeasure> => {
  const plugin = read.request('plugin')
  const bare = read.request('bare')
  await fetchAnswer(server.cachedUrl, plugin)
  const stored = await fetchAnswer(server.cachedUrl, plugin)
  if (stored.status !== 200 || stored.cache !== 'HIT') {
    throw new BenchFailure(
      `${read.label}: the cached app answered ${stored.status} with X-Cache ${stored.cache}, not a hit`,
    )
  }
  server.setCeiling({ body: stored.body, contentType: stored.contentType })
  const runs: Record<Run, () => Promise<{ p99: number; rps: number }>> = {
    bare: () => load(server, server.url, bare, options),
    ceiling: () => load(server, server.ceilingUrl, plugin, options),
    hit: () => load(server, server.cachedUrl, plugin, options),
    miss: () => load(server, server.cachedUrl, plugin, missLoad, true),
    missBare: () => load(server, server.url, bare, missLoad, true),
  }
  const order: Run[][] = [
    ['hit', 'bare', 'ceiling'],
    ['miss', 'missBare'],
  ]
  // A short warm-up of each, so code paths are compiled before anything counts.
  const missLoad = { connections: options.missConnections, duration: options.duration }
  const warm = { ...options, duration: 1 }
  for (const run of order.flat()) {
    await (run === 'miss' || run === 'missBare'
      ? load(
          server,
          run === 'miss' ? server.cachedUrl : server.url,
          run === 'miss' ? plugin : bare,
          { ...warm, connections: options.missConnections },
          true,
        )
      : load(
          server,
          run === 'ceiling' ? server.ceilingUrl : run === 'hit' ? server.cachedUrl : server.url,
          run === 'bare' ? bare : plugin,
          warm,
        ))
  }
  const rps = { bare: [], ceiling: [], hit: [], miss: [], missBare: [] } as Record<Run, number[]>
  const hitP99: number[] = []
  const ceilingP99: number[] = []
  for (let round = 0; round < options.rounds; round++) {
    for (const group of order) {
      for (const run of round % 2 === 0 ? group : [...group].reverse()) {
        const measured = await runs[run]()
        rps[run].push(measured.rps)
        if (run === 'hit') {
          hitP99.push(measured.p99)
        }
        if (run === 'ceiling') {
          ceilingP99.push(measured.p99)
        }
      }
    }
  }
  return {
    connections: options.connections,
    missConnections: options.missConnections,
    hitP99,
    label: read.label,
    median: {
      bare: median(rps.bare),
      ceiling: median(rps.ceiling),
      ceilingP99: median(ceilingP99),
      hit: median(rps.hit),
      hitP99: median(hitP99),
      miss: median(rps.miss),
      missBare: median(rps.missBare),
    },
    read: read.key,
    rps,
    size,
  }
}
