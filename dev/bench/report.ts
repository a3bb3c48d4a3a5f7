import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { BenchResults, CacheMeasure, ReadMeasure } from './results.js'

/**
 * One target of the issue, measured: its worst value over every read and size it covers.
 */
export type Verdict = {
  /**
   * What was worst, for the detail lines.
   */
  detail: string
  /**
   * Null when the run cannot measure it (one size only).
   */
  pass: boolean | null
  summary: string
}

const fixed = (value: number, digits = 2) => value.toFixed(digits)

const shortSize = (size: number) =>
  size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size)

const outcome = (pass: boolean) => (pass ? 'PASS' : 'MISS')

const worst = <T>(items: T[], value: (item: T) => number) =>
  items.reduce<T | undefined>(
    (found, item) => (found === undefined || value(item) > value(found) ? item : found),
    undefined,
  )

const measureOf = (results: BenchResults, read: string, size: number) =>
  results.reads.find((measure) => measure.read === read && measure.size === size)

/**
 * The reads whose cost must not grow with the collection.
 */
const scalingReads = ['articleBySlug', 'articleList', 'graphqlArticlePage']

/**
 * Each target against its limit: plugin vs bare ≤ 1.5, GraphQL page ≤ 1.5 × REST, largest vs
 * smallest size ≤ 1.5, statements per request constant, seed ≤ 1 s and re-seed ≤ 0.2 s; and for
 * the response cache: hits at ≥ 50% of a plain route's throughput and ≥ 20× bare Payload, a hit's
 * p99 ≤ 5 ms, a miss ≤ 1.5× bare, the GraphQL page from the cache ≤ 1.1× the REST article.
 */
export const verdicts = (results: BenchResults): Verdict[] => {
  const sizes = [...new Set(results.reads.map((measure) => measure.size))].sort((a, b) => a - b)
  const found: Verdict[] = []

  const costliest = worst(results.reads, (measure) => measure.ratio)!
  found.push({
    detail: `plugin/bare worst: ${costliest.label} at ${costliest.size} (${fixed(costliest.ratio)}×)`,
    pass: costliest.ratio <= 1.5,
    summary: `plugin/bare ≤1.5 ${fixed(costliest.ratio)}`,
  })

  const graphQL = sizes.flatMap((size) => {
    const rest = measureOf(results, 'articleBySlug', size)
    const page = measureOf(results, 'graphqlArticlePage', size)
    return rest && page ? [{ size, value: rest.median.plugin / page.median.plugin }] : []
  })
  const slowestPage = worst(graphQL, ({ value }) => value)
  found.push({
    detail: slowestPage
      ? `GraphQL/REST worst: ${fixed(slowestPage.value)}× at ${slowestPage.size} (REST article by slug rps / GraphQL article page rps, plugin)`
      : 'GraphQL/REST: not measured',
    pass: slowestPage ? slowestPage.value <= 1.5 : null,
    summary: `GraphQL/REST ≤1.5 ${slowestPage ? fixed(slowestPage.value) : 'n/a'}`,
  })

  const smallest = sizes[0]!
  const largest = sizes.at(-1)!
  const scaleLabel = `${shortSize(largest)}/${shortSize(smallest)}`
  const scaling =
    sizes.length > 1
      ? scalingReads.flatMap((read) => {
          const small = measureOf(results, read, smallest)
          const large = measureOf(results, read, largest)
          return small && large
            ? [{ label: small.label, value: small.median.plugin / large.median.plugin }]
            : []
        })
      : []
  const slowestGrowth = worst(scaling, ({ value }) => value)
  found.push({
    detail: slowestGrowth
      ? `${scaleLabel} worst: ${slowestGrowth.label} ${fixed(slowestGrowth.value)}× (rps at ${smallest} / rps at ${largest}, plugin; ${scaling.map(({ label, value }) => `${label} ${fixed(value)}`).join(', ')})`
      : `size scaling: one size only (${smallest})`,
    pass: slowestGrowth ? slowestGrowth.value <= 1.5 : null,
    summary: slowestGrowth
      ? `${scaleLabel} ≤1.5 ${fixed(slowestGrowth.value, 1)}`
      : 'size scaling n/a (one size)',
  })

  const growing = [...new Set(results.reads.map((measure) => measure.read))].flatMap((read) => {
    const counts = results.reads
      .filter((measure) => measure.read === read)
      .map((measure) => `${measure.statements.plugin} at ${measure.size}`)
    const distinct = new Set(
      results.reads.filter((m) => m.read === read).map((m) => m.statements.plugin),
    )
    const label = results.reads.find((measure) => measure.read === read)!.label
    return distinct.size > 1 ? [`${label} ${counts.join(', ')}`] : []
  })
  const related = results.relatedFaqs.flatMap((measure) =>
    measure.five.plugin !== measure.fifty.plugin
      ? [
          `${measure.label} at ${measure.size}: ${measure.five.plugin} with 5 related FAQs, ${measure.fifty.plugin} with 50`,
        ]
      : [],
  )
  const changing = [...growing, ...related]
  found.push({
    detail: changing.length
      ? `statements not constant: ${changing.join('; ')}`
      : 'statements constant in collection size and in related documents',
    pass: changing.length === 0,
    summary: 'statements constant',
  })

  found.push(...cacheVerdicts(results))

  const { againMs, firstMs } = results.seed
  found.push({
    detail: `seed of an empty database ${fixed(firstMs / 1000)} s, re-seed ${fixed(againMs / 1000)} s`,
    pass: firstMs <= 1000,
    summary: `seed ${fixed(firstMs / 1000)} s ≤1`,
  })
  found.push({
    detail: '',
    pass: againMs <= 200,
    summary: `re-seed ${fixed(againMs / 1000)} s ≤0.2`,
  })
  return found
}

const cacheVerdicts = (results: BenchResults): Verdict[] => {
  const measures = results.cache
  if (!measures.length) {
    return []
  }
  const found: Verdict[] = []
  const ofCeiling = worst(measures, (m) => -m.median.hit / m.median.ceiling)!
  const share = ofCeiling.median.hit / ofCeiling.median.ceiling
  found.push({
    detail: `cache hit / plain route worst: ${ofCeiling.label} at ${ofCeiling.size} (${fixed(share * 100, 0)}%: ${fixed(ofCeiling.median.hit, 0)} / ${fixed(ofCeiling.median.ceiling, 0)} rps)`,
    pass: share >= 0.5,
    summary: `hit/plain ≥50% ${fixed(share * 100, 0)}%`,
  })
  const overBare = worst(measures, (m) => -m.median.hit / m.median.bare)!
  const times = overBare.median.hit / overBare.median.bare
  found.push({
    detail: `cache hit / bare worst: ${overBare.label} at ${overBare.size} (${fixed(times, 1)}×)`,
    pass: times >= 20,
    summary: `hit/bare ≥20× ${fixed(times, 1)}`,
  })
  const slowest = worst(measures, (m) => m.median.hitP99)!
  found.push({
    detail: `cache hit p99 worst: ${slowest.label} at ${slowest.size} (${fixed(slowest.median.hitP99, 1)} ms at ${slowest.connections} connections; the plain route's ${fixed(slowest.median.ceilingP99, 1)} ms)`,
    pass: slowest.median.hitP99 <= 5,
    summary: `hit p99 ≤5 ms ${fixed(slowest.median.hitP99, 1)}`,
  })
  const costliestMiss = worst(measures, (m) => m.median.missBare / m.median.miss)!
  const missRatio = costliestMiss.median.missBare / costliestMiss.median.miss
  found.push({
    detail: `cache miss: bare/plugin worst: ${costliestMiss.label} at ${costliestMiss.size} (${fixed(missRatio)}×)`,
    pass: missRatio <= 1.5,
    summary: `miss/bare ≤1.5 ${fixed(missRatio)}`,
  })
  const sizes = [...new Set(measures.map((m) => m.size))]
  const graphQL = sizes.flatMap((size) => {
    const rest = measures.find((m) => m.read === 'articleBySlug' && m.size === size)
    const page = measures.find((m) => m.read === 'graphqlArticlePage' && m.size === size)
    return rest && page ? [{ size, value: rest.median.hit / page.median.hit }] : []
  })
  const slowestPage = worst(graphQL, ({ value }) => value)
  found.push({
    detail: slowestPage
      ? `cached GraphQL/REST worst: ${fixed(slowestPage.value)}× at ${slowestPage.size} (hits: REST article by slug rps / GraphQL article page rps)`
      : '',
    pass: slowestPage ? slowestPage.value <= 1.1 : null,
    summary: `cached GraphQL/REST ≤1.1 ${slowestPage ? fixed(slowestPage.value) : 'n/a'}`,
  })
  return found
}

const cacheRow = (m: CacheMeasure) => [
  m.label,
  m.size.toLocaleString('en-US'),
  fixed(m.median.hit, 0),
  fixed(m.median.bare, 0),
  fixed(m.median.ceiling, 0),
  `${fixed((m.median.hit / m.median.ceiling) * 100, 0)}%`,
  `${fixed(m.median.hit / m.median.bare, 1)}×`,
  fixed(m.median.hitP99, 1),
  fixed(m.median.ceilingP99, 1),
  fixed(m.median.miss, 0),
  fixed(m.median.missBare, 0),
  fixed(m.median.missBare / m.median.miss),
]

/**
 * The one line CI logs keep: every target with its measured worst value and PASS/MISS.
 */
const summaryLine = (results: BenchResults, found: Verdict[]): string =>
  `bench: ${results.database.kind} · ${found.map(({ pass, summary }) => (pass === null ? summary : `${summary} ${outcome(pass)}`)).join(' · ')}`

const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
        )
        .join('  '),
    )
    .join('\n')
}

const readRow = (measure: ReadMeasure) => [
  measure.label,
  measure.size.toLocaleString('en-US'),
  fixed(measure.median.plugin, 1),
  fixed(measure.median.bare, 1),
  fixed(measure.ratio),
  `${measure.statements.plugin}/${measure.statements.bare}`,
]

/**
 * The readable report: one row per read and size, then the ratios, the seed timings, the
 * generation, the machine and the summary line.
 */
export const formatReport = (results: BenchResults, found: Verdict[]): string => {
  const { machine, options } = results
  const lines = [
    '',
    table([
      ['read', 'size', 'plugin rps', 'bare rps', 'bare/plugin', 'statements plugin/bare'],
      ...[...results.reads].sort((a, b) => a.size - b.size).map(readRow),
    ]),
    '',
    ...(results.cache.length
      ? [
          `response cache (${results.cache[0]!.connections} connections; misses at ${results.cache[0]!.missConnections}):`,
          table([
            [
              'read',
              'size',
              'hit rps',
              'bare rps',
              'plain route rps',
              'hit/plain',
              'hit/bare',
              'hit p99 ms',
              'plain p99 ms',
              'miss rps',
              'bare rps',
              'bare/miss',
            ],
            ...[...results.cache].sort((a, b) => a.size - b.size).map(cacheRow),
          ]),
          '',
        ]
      : []),
    ...found.map(({ detail }) => detail).filter(Boolean),
    ...results.relatedFaqs.map(
      (measure) =>
        `statements with 5 / 50 related FAQs, ${measure.label} at ${measure.size}: plugin ${measure.five.plugin} / ${measure.fifty.plugin}, bare ${measure.five.bare} / ${measure.fifty.bare}`,
    ),
    `seed created ${Object.entries(results.seed.created)
      .map(([slug, count]) => `${count} ${slug}`)
      .join(', ')}`,
    ...results.generation.map(
      ({ ms, rows, size }) =>
        `generated up to ${size.toLocaleString('en-US')} documents per collection: ${rows.toLocaleString('en-US')} rows (plugin and bare) in ${fixed(ms / 1000, 1)} s`,
    ),
    `machine: ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverage.map((load) => fixed(load)).join(' ')}, Node ${machine.node}, ${machine.platform}; ${results.database.kind} ${results.database.version}`,
    `load: autocannon in a worker thread of the same process, ${options.connections} connections, ${options.rounds} round(s) of ${options.duration} s per side and read, median per side; total ${fixed(results.totalMs / 1000, 1)} s`,
    '',
    summaryLine(results, found),
  ]
  return `${lines.join('\n')}\n`
}

/**
 * Writes the results and verdicts to `bench-results/<db>-<timestamp>.json`; returns the path.
 */
export const writeResults = async (
  results: BenchResults,
  found: Verdict[],
  directory: string,
): Promise<string> => {
  await mkdir(directory, { recursive: true })
  const file = path.join(
    directory,
    `${results.database.kind}-${results.startedAt.replace(/[:.]/g, '-')}.json`,
  )
  await writeFile(
    file,
    `${JSON.stringify({ ...results, summary: summaryLine(results, found), verdicts: found }, null, 2)}\n`,
  )
  return file
}
