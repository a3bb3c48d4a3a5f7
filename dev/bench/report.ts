import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { BenchResults, ReadMeasure } from './results.js'

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
 * Each target against its limit: plugin vs bare ≤ 1.05, GraphQL page ≤ 1.2 × REST, largest vs
 * smallest size ≤ 1.5, statements per request constant, seed ≤ 1 s and re-seed ≤ 0.2 s.
 */
export const verdicts = (results: BenchResults): Verdict[] => {
  const sizes = [...new Set(results.reads.map((measure) => measure.size))].sort((a, b) => a - b)
  const found: Verdict[] = []

  const costliest = worst(results.reads, (measure) => measure.ratio)!
  found.push({
    detail: `plugin/bare worst: ${costliest.label} at ${costliest.size} (${fixed(costliest.ratio)}×)`,
    pass: costliest.ratio <= 1.05,
    summary: `plugin/bare ≤1.05 ${fixed(costliest.ratio)}`,
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
    pass: slowestPage ? slowestPage.value <= 1.2 : null,
    summary: `GraphQL/REST ≤1.2 ${slowestPage ? fixed(slowestPage.value) : 'n/a'}`,
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
    `load: autocannon in the same process, ${options.connections} connections, ${options.rounds} round(s) of ${options.duration} s per side and read, median per side; total ${fixed(results.totalMs / 1000, 1)} s`,
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
