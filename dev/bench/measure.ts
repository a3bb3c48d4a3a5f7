import type { BenchServer } from './benchServer.js'

import { runLoad } from './load.js'
import { type Read, type ReadRequest, type Side, sides } from './reads.js'

/**
 * The bench itself failed (a read answered badly, the two sides disagree): its numbers mean
 * nothing. A missed target is not a failure.
 */
export class BenchFailure extends Error {}

type Answer = { body: unknown; status: number; text: string }

const ask = async (url: string, { body, headers, method, path }: ReadRequest): Promise<Answer> => {
  const response = await fetch(`${url}${path}`, { body, headers, method })
  const text = await response.text()
  let parsed: unknown = null
  try {
    parsed = JSON.parse(text)
  } catch {
    // Reported below with the status.
  }
  return { body: parsed, status: response.status, text }
}

const answeredWell = (read: Read, side: Side, answer: Answer) => {
  const errors = (answer.body as { errors?: unknown[] } | null)?.errors
  if (answer.status < 200 || answer.status >= 300 || errors?.length || answer.body === null) {
    throw new BenchFailure(
      `${read.label} (${side}) answered ${answer.status}: ${answer.text.slice(0, 300)}`,
    )
  }
}

type Doc = Record<string, unknown>

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : undefined

/**
 * What must be the same on both sides: each document's id, and the ids its relationship fields
 * hold. Join fields are left out (the plugin reads them only for the documents asked for), and
 * only fields the plugin's answer has are compared (the bare copy also shows what the plugin
 * hides from the public).
 */
const differences = (plugin: Doc[], bare: Doc[]): string[] => {
  const found: string[] = []
  const ids = (docs: Doc[]) => JSON.stringify(docs.map(idOf))
  if (ids(plugin) !== ids(bare)) {
    return [`documents ${ids(plugin)} and ${ids(bare)}`]
  }
  plugin.forEach((doc, index) => {
    for (const [key, value] of Object.entries(doc)) {
      const related = Array.isArray(value) ? value.map(idOf) : [idOf(value)]
      if (related.every((id) => id === undefined)) {
        continue
      }
      const other = bare[index]![key]
      const otherIds = Array.isArray(other) ? other.map(idOf) : [idOf(other)]
      if (JSON.stringify(related) !== JSON.stringify(otherIds)) {
        found.push(
          `${idOf(doc)}.${key}: ${JSON.stringify(related)} and ${JSON.stringify(otherIds)}`,
        )
      }
    }
  })
  return found
}

/**
 * Asks both sides once and fails unless both answer 2xx with the same documents (at least one).
 * Returns how many documents they hold.
 */
export const checkSameDocuments = async (url: string, read: Read): Promise<number> => {
  const [plugin, bare] = await Promise.all(
    sides.map(async (side) => {
      const answer = await ask(url, read.request(side))
      answeredWell(read, side, answer)
      return read.docs(answer.body) as Doc[]
    }),
  )
  if (!plugin!.length) {
    throw new BenchFailure(`${read.label} found no documents`)
  }
  const found = differences(plugin!, bare!)
  if (found.length) {
    throw new BenchFailure(`${read.label}: plugin and bare differ in ${found.join('; ')}`)
  }
  return plugin!.length
}

/**
 * The SQL statements one request runs, asked alone.
 */
const statementsOf = async (server: BenchServer, read: Read, side: Side): Promise<string[]> => {
  const { result, statements } = await server.statements.during(() =>
    ask(server.url, read.request(side)),
  )
  answeredWell(read, side, result)
  return statements
}

type LoadOptions = {
  connections: number
  /**
   * Seconds.
   */
  duration: number
}

/**
 * One load run: a fixed `amount` of requests, or as many as `duration` seconds allow. Returns once
 * the server has answered every request the run sent.
 */
const cannon = async (
  server: BenchServer,
  request: ReadRequest,
  { amount, connections, duration }: { amount?: number; connections: number; duration?: number },
) => {
  const result = await runLoad({ amount, base: server.url, connections, duration, request })
  await server.idle()
  if (result.errors || result.timeouts || result.non2xx) {
    throw new BenchFailure(
      `${request.method} ${request.path}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts under load`,
    )
  }
  return result
}

/**
 * Requests per second of one side of one read, under `connections` concurrent clients.
 */
const requestsPerSecond = async (
  server: BenchServer,
  request: ReadRequest,
  options: LoadOptions,
) => {
  const result = await cannon(server, request, options)
  return result.ok / result.duration
}

/**
 * Plugin and bare runs of one read, alternated (plugin first in even rounds, bare first in odd
 * ones, so drift over time weighs on both), after a short warm-up of each side.
 */
export const loadRounds = async (
  server: BenchServer,
  read: Read,
  rounds: number,
  options: LoadOptions,
): Promise<Record<Side, number[]>> => {
  const rps: Record<Side, number[]> = { bare: [], plugin: [] }
  // Two requests per connection: enough to compile the read's code paths, short at any speed.
  for (const side of sides) {
    await cannon(server, read.request(side), {
      amount: options.connections * 2,
      connections: options.connections,
    })
  }
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
      rps[side].push(await requestsPerSecond(server, read.request(side), options))
    }
  }
  return rps
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

// Published documents are read from the main tables; the bench leaves the version tables empty,
// so a read that touched them would be compared on data it does not have.
const versionTable = /"_[a-z0-9_]+_v(_[a-z0-9_]+)?"/

/**
 * The statements one request of each side runs, failing if any reads a version table.
 */
export const statementsBySide = async (
  server: BenchServer,
  read: Read,
): Promise<Record<Side, string[]>> => {
  const found = {} as Record<Side, string[]>
  for (const side of sides) {
    found[side] = await statementsOf(server, read, side)
    const versions = found[side].find((statement) => versionTable.test(statement))
    if (versions) {
      throw new BenchFailure(
        `${read.label} (${side}) reads a version table, which the bench leaves empty: ${versions.slice(0, 200)}`,
      )
    }
  }
  return found
}
