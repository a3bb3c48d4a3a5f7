import { Redis } from 'ioredis'
import pg from 'pg'

/**
 * `npm run bench:stores`: what checking an answer's versions costs with each shared component a
 * response cache could use, as docs/RESPONSE-CACHE.md reports. Each check reads the versions of
 * three tags, 50 at a time, for a few seconds:
 * - Redis `MGET` (the cache's choice);
 * - a Postgres `SELECT` from a table of versions;
 * - Postgres `LISTEN/NOTIFY`, which would push invalidations instead of being asked: measured
 *   as the time from a `NOTIFY` to its arrival (what a write would wait for, per server).
 * `REDIS_URL` and `POSTGRES_URL` name the servers (default: the machine's own).
 */
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const postgresUrl = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const seconds = Number(process.env.STORE_BENCH_SECONDS ?? 3)
const concurrency = 50
const prefix = `smp-store-bench-${Date.now().toString(36)}:`
const tags = ['c:articles', 'c:media', 'c:practitioners']

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

const measure = async (label: string, check: () => Promise<unknown>) => {
  const latencies: number[] = []
  const end = performance.now() + seconds * 1000
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const started = performance.now()
        await check()
        latencies.push(performance.now() - started)
      }
    }),
  )
  const line = `${label}: ${(latencies.length / seconds).toFixed(0)} checks/s, p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms`
  process.stdout.write(`${line}\n`)
}

const redis = new Redis(redisUrl, { enableAutoPipelining: true })
await redis.mset(...tags.flatMap((tag) => [`${prefix}${tag}`, 'v1']))
await measure('Redis MGET', () => redis.mget(...tags.map((tag) => `${prefix}${tag}`)))
await redis.del(...tags.map((tag) => `${prefix}${tag}`))
redis.disconnect()

const pool = new pg.Pool({ connectionString: postgresUrl, max: 10 })
const table = `smp_store_bench_${Date.now().toString(36)}`
await pool.query(`CREATE UNLOGGED TABLE ${table} (tag text PRIMARY KEY, version text)`)
try {
  await pool.query(`INSERT INTO ${table} SELECT unnest($1::text[]), 'v1'`, [tags])
  await measure('Postgres SELECT', () =>
    pool.query(`SELECT version FROM ${table} WHERE tag = ANY($1)`, [tags]),
  )
} finally {
  await pool.query(`DROP TABLE ${table}`)
}

const listener = new pg.Client({ connectionString: postgresUrl })
await listener.connect()
const channel = `${table}_changes`
await listener.query(`LISTEN ${channel}`)
const waiting = new Map<string, () => void>()
listener.on('notification', ({ payload }) => waiting.get(payload ?? '')?.())
let next = 0
await measure('Postgres NOTIFY to its listener', async () => {
  const id = String(next++)
  const arrived = new Promise<void>((resolve) => waiting.set(id, resolve))
  await pool.query(`SELECT pg_notify($1, $2)`, [channel, id])
  await arrived
  waiting.delete(id)
})
await listener.end()
await pool.end()
