import type { Growth } from './generate.js'
import type { BenchOptions } from './options.js'
import type { Side } from './reads.js'
import type { SeedTiming } from './seedTiming.js'

/**
 * One read at one size.
 */
export type ReadMeasure = {
  /**
   * Documents in the answer.
   */
  documents: number
  label: string
  read: string
  /**
   * The median of each side's runs.
   */
  median: Record<Side, number>
  /**
   * Bare requests per second over the plugin's: what the plugin costs this read.
   */
  ratio: number
  /**
   * Requests per second of each run, in the order run.
   */
  rps: Record<Side, number[]>
  size: number
  /**
   * SQL statements one request runs, asked alone.
   */
  statements: Record<Side, number>
}

/**
 * Statements of an article read whose article has 5, then 50, related FAQs.
 */
export type RelatedFaqsMeasure = {
  fifty: Record<Side, number>
  five: Record<Side, number>
  label: string
  read: string
  size: number
}

export type BenchResults = {
  database: { kind: BenchOptions['db']; version: string }
  /**
   * Documents per collection reached, rows written and time taken, per size.
   */
  generation: Growth[]
  machine: { cores: number; cpu: string; loadAverage: number[]; node: string; platform: string }
  options: BenchOptions
  reads: ReadMeasure[]
  relatedFaqs: RelatedFaqsMeasure[]
  seed: SeedTiming
  startedAt: string
  totalMs: number
}
