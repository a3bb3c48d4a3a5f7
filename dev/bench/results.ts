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
 * One read through the response cache at one size: requests per second of each kind of run, in
 * the order run, and their medians. See dev/bench/cacheReads.ts.
 */
export type CacheMeasure = {
  /** Connections of the hit, bare and plain-route runs. */
  connections: number
  /** Connections of the miss runs. */
  missConnections: number
  /** p99 latency of each hit run, in milliseconds. */
  hitP99: number[]
  label: string
  median: {
    bare: number
    ceiling: number
    /** p99 latency of the plain route, in milliseconds: what the machine allows at all. */
    ceilingP99: number
    hit: number
    hitP99: number
    miss: number
    missBare: number
  }
  read: string
  rps: Record<'bare' | 'ceiling' | 'hit' | 'miss' | 'missBare', number[]>
  size: number
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
  cache: CacheMeasure[]
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
