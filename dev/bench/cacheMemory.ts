import type { AddressInfo } from 'node:net'

import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload } from 'payload'

import { responseCacheOf } from '../../src/index.js'
import { buildDevConfig } from '../buildDevConfig.js'
import { createApp } from '../createApp.js'
import { describeMachine } from './machine.js'
import { destroyPayload } from './throwawayDatabase.js'

/**
 * `npm run bench:cache-memory`: the response cache's memory over a long run touching many
 * distinct keys (default 10 minutes, cycling through 100,000 keys, a 16 MiB bound), read by 20
 * clients at once:
 * the bytes it holds never pass its bound, and the process's memory stays flat. Sampled every
 * second; the report goes to stdout and bench-results/. `CACHE_MEMORY_SECONDS`,
 * `CACHE_MEMORY_KEYS` and `CACHE_MEMORY_MAX_BYTES` change the run.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const seconds = Number(process.env.CACHE_MEMORY_SECONDS ?? 600)
const keys = Number(process.env.CACHE_MEMORY_KEYS ?? 100_000)
const maxBytes = Number(process.env.CACHE_MEMORY_MAX_BYTES ?? 16 * 1024 * 1024)
const clients = 20

process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
process.env.LOG_LEVEL ??= 'warn'
const dir = await mkdtemp(path.join(tmpdir(), 'smp-cache-memory-'))
const server = createServer()
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const payload = await getPayload({
  config: await buildDevConfig({
    databaseUri: `file:${dir}/memory.db`,
    // As `npm start` builds it: production mode pushes no schema.
    migrations: true,
    plugin: {
      frontend: { responseCache: { maxBytes } },
      seed: 'onInit',
      uploads: { staticDir: path.join(dir, 'uploads') },
    },
    serverURL: url,
  }),
})
server.on('request', createApp(payload))
const cache = responseCacheOf(payload)!

// Reads of different sizes, each made a distinct key by a parameter Payload ignores.
const reads = ['/api/faqs?limit=5&depth=0', '/api/articles?depth=1', '/api/topics?limit=20']
const samples: { bytes: number; entries: number; heapUsed: number; rss: number; t: number }[] = []
const started = performance.now()
const sample = () => {
  const { bytes, entries } = cache.counters()
  const { heapUsed, rss } = process.memoryUsage()
  samples.push({
    bytes,
    entries,
    heapUsed,
    rss,
    t: Math.round((performance.now() - started) / 1000),
  })
}
const timer = setInterval(sample, 1000)
let requests = 0
let failures = 0
let cursor = 0
const touched = new Set<number>()
// Four in five requests take the next key of the cycle, so every key is touched; the fifth reads
// one of the last thousand again, as readers do (a hit, while it is still held).
const nextKey = () =>
  Math.random() < 0.8 || cursor < 1000
    ? cursor++ % keys
    : (cursor - 1 - Math.floor(Math.random() * 1000)) % keys
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (performance.now() - started < seconds * 1000) {
      const key = nextKey()
      touched.add(key)
      const response = await fetch(`${url}${reads[key % reads.length]}&key=${key}`)
      await response.arrayBuffer()
      requests++
      failures += response.ok ? 0 : 1
    }
  }),
)
clearInterval(timer)
sample()
const counters = cache.counters()
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
const peak = (name: 'bytes' | 'heapUsed' | 'rss') => Math.max(...samples.map((s) => s[name]))
const after = (name: 'heapUsed' | 'rss', fromSecond: number) =>
  samples.find((s) => s.t >= fromSecond)?.[name] ?? NaN
const report = {
  bound: maxBytes,
  clients,
  counters,
  distinctKeysTouched: touched.size,
  failures,
  machine: describeMachine(),
  peakCacheBytes: peak('bytes'),
  requests,
  rss: { atOneMinute: after('rss', 60), end: samples.at(-1)!.rss, peak: peak('rss') },
  heapUsed: {
    atOneMinute: after('heapUsed', 60),
    end: samples.at(-1)!.heapUsed,
    peak: peak('heapUsed'),
  },
  seconds,
  withinBound: peak('bytes') <= maxBytes,
}
process.stdout.write(
  [
    `cache memory: ${seconds} s, ${requests} requests (${failures} failed), ${touched.size} distinct keys of ${keys}, ${clients} clients`,
    `cache bytes: peak ${mb(report.peakCacheBytes)} of a ${mb(maxBytes)} bound (${report.withinBound ? 'within' : 'PAST'} it); ${counters.entries} entries at the end; ${counters.hits} hits, ${counters.misses} misses, ${counters.evictions} evictions`,
    `process: rss ${mb(report.rss.atOneMinute)} at 1 min, ${mb(report.rss.end)} at the end (peak ${mb(report.rss.peak)}); heap ${mb(report.heapUsed.atOneMinute)} at 1 min, ${mb(report.heapUsed.end)} at the end`,
    '',
  ].join('\n'),
)
await mkdir(path.join(root, 'bench-results'), { recursive: true })
await writeFile(
  path.join(
    root,
    'bench-results',
    `cache-memory-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  ),
  `${JSON.stringify({ ...report, samples }, null, 2)}\n`,
)
server.closeAllConnections()
server.close()
await destroyPayload(payload)
await rm(dir, { force: true, recursive: true })
process.exit(report.withinBound && !failures ? 0 : 1)
