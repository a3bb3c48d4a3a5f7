import type { CollectionSlug, Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Growth } from './generate.js'
import type { BenchResults, CacheMeasure, ReadMeasure, RelatedFaqsMeasure } from './results.js'

import { benchSlugs } from './benchConfig.js'
import { measureCachedRead } from './cacheReads.js'
import { type BenchServer, startBenchServer } from './benchServer.js'
import { authorOf } from './documents.js'
import { createGenerator } from './generate.js'
import { databaseVersion, describeMachine } from './machine.js'
import {
  BenchFailure,
  checkSameDocuments,
  loadRounds,
  median,
  statementsBySide,
} from './measure.js'
import { type BenchOptions, parseBenchArgs } from './options.js'
import { articleBySlug, articlePage, benchReads, type Read } from './reads.js'
import { formatReport, verdicts, writeResults } from './report.js'
import { timeSeed } from './seedTiming.js'
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwawayDatabase.js'

/**
 * `npm run bench`: the plugin's read path against a bare copy of its collections, on the same
 * generated data, at growing sizes. See `--help` for the options. Exits non-zero only when the
 * bench itself fails, never because a target is missed.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

// The articles whose related FAQs are varied (same author as the article the reads ask for).
const fiveFaqArticle = 6
const fiftyFaqArticle = 11

const progress = (message: string) => process.stderr.write(`· ${message}\n`)

// The results file may be shared; a password in the server's URL stays out of it.
const withoutPassword = (uri: string) => {
  const url = new URL(uri)
  url.password = url.password ? '***' : ''
  return url.toString()
}

const seconds = (ms: number, digits = 1) => `${(ms / 1000).toFixed(digits)} s`

const slugOf = async (payload: Payload, collection: string, id: number) => {
  const doc = await payload.findByID({
    collection: collection as CollectionSlug,
    depth: 0,
    id,
    overrideAccess: true,
  })
  return String((doc as { slug?: unknown }).slug)
}

const printStatements = (read: Read, size: number, statements: Record<string, string[]>) => {
  for (const [side, list] of Object.entries(statements)) {
    progress(`${read.label} at ${size}, ${side}: ${list.length} statements`)
    list.forEach((statement, index) => process.stderr.write(`  ${index + 1}. ${statement}\n`))
  }
}

/**
 * Every read at the current size: the same documents on both sides, statements per request,
 * then the alternated load runs.
 */
const measureReads = async (
  server: BenchServer,
  options: BenchOptions,
  size: number,
  reads: Read[],
): Promise<ReadMeasure[]> => {
  const measured: ReadMeasure[] = []
  for (const read of reads) {
    const documents = await checkSameDocuments(server.url, read)
    const statements = await statementsBySide(server, read)
    if (options.showSql) {
      printStatements(read, size, statements)
    }
    const rps = await loadRounds(server, read, options.rounds, options)
    const medians = { bare: median(rps.bare), plugin: median(rps.plugin) }
    const ratio = medians.bare / medians.plugin
    progress(
      `${read.label} at ${size}: plugin ${medians.plugin.toFixed(1)} rps, bare ${medians.bare.toFixed(1)} rps (${ratio.toFixed(2)}×), statements ${statements.plugin.length}/${statements.bare.length}`,
    )
    measured.push({
      documents,
      label: read.label,
      median: medians,
      ratio,
      read: read.key,
      rps,
      size,
      statements: { bare: statements.bare.length, plugin: statements.plugin.length },
    })
  }
  return measured
}

/**
 * The reads the response cache is measured on: the article by slug, the article list and the
 * GraphQL article page.
 */
const cachedReads = ['articleBySlug', 'articleList', 'graphqlArticlePage']

const measureCache = async (
  server: BenchServer,
  options: BenchOptions,
  size: number,
  reads: Read[],
): Promise<CacheMeasure[]> => {
  const measured: CacheMeasure[] = []
  for (const read of reads.filter(({ key }) => cachedReads.includes(key))) {
    const found = await measureCachedRead(server, read, size, {
      connections: options.cacheConnections,
      duration: options.duration,
      missConnections: options.connections,
      rounds: options.rounds,
    })
    const { bare, ceiling, hit, hitP99, miss, missBare } = found.median
    progress(
      `${read.label} at ${size}, cache: hit ${hit.toFixed(0)} rps (p99 ${hitP99.toFixed(1)} ms), bare ${bare.toFixed(0)}, plain route ${ceiling.toFixed(0)}; miss ${miss.toFixed(0)}, bare ${missBare.toFixed(0)}`,
    )
    measured.push(found)
  }
  return measured
}

/**
 * The article reads once for an article with 5 related FAQs and once for one with 50.
 */
const measureRelatedFaqs = async (
  server: BenchServer,
  size: number,
): Promise<RelatedFaqsMeasure[]> => {
  const five = await slugOf(server.payload, 'articles', fiveFaqArticle)
  const fifty = await slugOf(server.payload, 'articles', fiftyFaqArticle)
  const measured: RelatedFaqsMeasure[] = []
  for (const read of [articleBySlug, articlePage]) {
    const counts = async (slug: string) => {
      await checkSameDocuments(server.url, read(slug))
      const statements = await statementsBySide(server, read(slug))
      return { bare: statements.bare.length, plugin: statements.plugin.length }
    }
    const { key, label } = read(five)
    measured.push({ fifty: await counts(fifty), five: await counts(five), label, read: key, size })
  }
  return measured
}

const main = async (): Promise<number> => {
  let options: BenchOptions
  try {
    options = parseBenchArgs(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return 2
  }
  // The bench runs in production mode (`npm run bench`), where the dev config requires a secret.
  process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
  process.env.LOG_LEVEL ??= 'warn'
  // Drizzle skips a push whose schema equals the previous push in this process; each database
  // here is new and needs its own.
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'

  const started = performance.now()
  const startedAt = new Date().toISOString()
  const dir = await mkdtemp(path.join(tmpdir(), 'smp-bench-'))
  const databases: ThrowawayDatabase[] = []
  const database = async (name: string) => {
    const created = await createThrowawayDatabase(options.db, {
      dir,
      name,
      serverUri: options.postgresUrl,
    })
    databases.push(created)
    return created
  }
  let server: BenchServer | undefined
  try {
    progress(`timing seed({ payload }) on a fresh ${options.db} database`)
    const seed = await timeSeed({
      databaseUri: (await database('seed')).uri,
      uploadsDir: path.join(dir, 'seed-uploads'),
    })
    progress(`seed ${seconds(seed.firstMs, 2)}, re-seed ${seconds(seed.againMs, 2)}`)

    server = await startBenchServer({
      databaseUri: (await database('bench')).uri,
      uploadsDir: path.join(dir, 'uploads'),
    })
    const generator = createGenerator(server.payload, benchSlugs)
    const generation: Growth[] = []
    const reads: ReadMeasure[] = []
    const relatedFaqs: RelatedFaqsMeasure[] = []
    const cache: CacheMeasure[] = []
    for (const size of options.sizes) {
      progress(`generating up to ${size.toLocaleString('en-US')} documents per collection`)
      const growth = await generator.growTo(size)
      generation.push(growth)
      progress(
        `generated ${growth.rows.toLocaleString('en-US')} rows (plugin and bare) in ${seconds(growth.ms)}`,
      )
      if (generation.length === 1) {
        await generator.setRelatedFaqs(fiveFaqArticle, [1, 2, 3, 4, 5])
        await generator.setRelatedFaqs(
          fiftyFaqArticle,
          Array.from({ length: 50 }, (_, index) => index + 1),
        )
      }
      const list = benchReads({
        articleSlug: await slugOf(server.payload, 'articles', 1),
        practitionerSlug: await slugOf(server.payload, 'practitioners', authorOf(1)),
      })
      reads.push(...(await measureReads(server, options, size, list)))
      relatedFaqs.push(...(await measureRelatedFaqs(server, size)))
      cache.push(...(await measureCache(server, options, size, list)))
    }

    const results: BenchResults = {
      cache,
      database: { kind: options.db, version: await databaseVersion(server.payload) },
      generation,
      machine: describeMachine(),
      options: { ...options, postgresUrl: withoutPassword(options.postgresUrl) },
      reads,
      relatedFaqs,
      seed,
      startedAt,
      totalMs: performance.now() - started,
    }
    const found = verdicts(results)
    process.stdout.write(formatReport(results, found))
    const file = await writeResults(results, found, path.join(root, 'bench-results'))
    progress(`results in ${path.relative(process.cwd(), file)}`)
    return 0
  } catch (error) {
    process.stderr.write(
      error instanceof BenchFailure
        ? `bench failed: ${error.message}\n`
        : `bench failed: ${(error as Error)?.stack ?? String(error)}\n`,
    )
    return 1
  } finally {
    await server?.close()
    for (const created of databases) {
      await created.drop()
    }
    await rm(dir, { force: true, recursive: true })
  }
}

// Payload's adapters and timers may keep the event loop alive after `destroy`.
process.exit(await main())
