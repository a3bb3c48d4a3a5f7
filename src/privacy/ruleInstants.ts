import type { CollectionSlug, FlattenedField, Payload, PayloadRequest, Where } from 'payload'

import type { Id } from '../hardening/perRequestBatches.js'

import { atInstant } from '../options/clock.js'
import { pluginOptions } from '../options/optionsKey.js'
import { forever } from './imageVisibilityFields.js'
import { docsPassing, possibleIds, publicReadRule } from './readRule.js'

type Doc = Record<string, unknown>

/**
 * A document whose public answer changes at `at`: readable by the public just before and not
 * after (`public: false`), or the other way round.
 */
export type InstantChange = { at: Date; id: Id; public: boolean }

/**
 * A stored date the rule compares with the clock: the document's answer can change when the
 * clock plus `offset` passes the value at `path` (an embargo: offset 0; "news of the last 30
 * days": offset −30 days).
 */
export type TimeField = { offset: number; path: string }

/**
 * The public read rule of a collection as it answered at one instant (`now`), with the dates it
 * compares with the clock, taken once per question and then asked about any instant.
 */
export type PublicRule = {
  collection: string
  fields: TimeField[]
  now: number
  /**
   * The rule with every comparison against the clock left out: what could pass at some instant.
   */
  relaxed: boolean | Where
  rule: boolean | Where
  /**
   * The rule's `Where` as it answers at another instant.
   */
  shifted: (at: number) => boolean | Where
}

const comparisons = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

/**
 * How close to the real time a compared value must be to count as "now" in a rule that does not
 * follow the plugin's clock (a host's rule that reads `new Date()`).
 */
const nowSlackMs = 60_000

/**
 * How far apart the two instants a rule is asked at are, to see which values follow the clock.
 */
const probeShiftMs = 86_400_000 + 777

const asTime = (value: unknown): number | undefined => {
  const time =
    value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN
  return Number.isNaN(time) ? undefined : time
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)

/**
 * `and`/`or` in any case: Payload reads `OR` and `Or` as `or`.
 */
const isJunction = (key: string) => ['and', 'or'].includes(key.toLowerCase())

/**
 * A comparison in the rule that follows the clock: where it sits (the junction indexes and the
 * field path that lead to it, and its operator), and its offset from the instant asked.
 */
type Tick = { offset: number; operator: string; path: string; trail: string }

/**
 * The comparisons of `now` (asked at `at`) that follow the clock, found by comparing it with the
 * same rule asked `probeShiftMs` later (`later`): a value that moved by exactly that much reads
 * the plugin's clock; one within `nowSlackMs` of the real time that did not move reads
 * `new Date()`.
 */
const ticksOf = (now: Where, later: unknown, at: number, trail = ''): Tick[] =>
  Object.entries(now).flatMap(([key, condition]) => {
    const other = isObject(later) ? later[key] : undefined
    if (isJunction(key) && Array.isArray(condition)) {
      return condition.flatMap((part, index) =>
        isObject(part)
          ? ticksOf(
              part as Where,
              Array.isArray(other) ? other[index] : undefined,
              at,
              `${trail}${key}[${index}].`,
            )
          : [],
      )
    }
    if (!isObject(condition)) {
      return []
    }
    return Object.entries(condition).flatMap(([operator, value]): Tick[] => {
      const time = comparisons.has(operator) ? asTime(value) : undefined
      if (time === undefined) {
        return []
      }
      const moved = asTime(isObject(other) ? other[operator] : undefined)
      if (moved !== undefined && moved - time === probeShiftMs) {
        return [{ offset: time - at, operator, path: key, trail }]
      }
      // The real time, read twice: a few milliseconds apart at most.
      if (
        moved !== undefined &&
        Math.abs(moved - time) <= nowSlackMs &&
        Math.abs(time - Date.now()) <= nowSlackMs
      ) {
        return [{ offset: 0, operator, path: key, trail }]
      }
      return []
    })
  })

/**
 * `where` with each comparison in `ticks` replaced by what `replace` makes of it (undefined:
 * left out).
 */
const rewrite = (
  where: Where,
  ticks: Tick[],
  replace: (tick: Tick) => unknown,
  trail = '',
): Where => {
  const entries = Object.entries(where).map(([key, condition]): [string, unknown] => {
    if (isJunction(key) && Array.isArray(condition)) {
      return [
        key,
        condition.map((part, index) =>
          isObject(part)
            ? rewrite(part as Where, ticks, replace, `${trail}${key}[${index}].`)
            : part,
        ),
      ]
    }
    if (!isObject(condition)) {
      return [key, condition]
    }
    const kept = Object.entries(condition).flatMap(([operator, value]) => {
      const tick = ticks.find(
        (candidate) =>
          candidate.trail === trail && candidate.path === key && candidate.operator === operator,
      )
      if (!tick) {
        return [[operator, value]]
      }
      const replaced = replace(tick)
      return replaced === undefined ? [] : [[operator, replaced]]
    })
    // A condition left with nothing to compare holds for every document.
    return kept.length ? [key, Object.fromEntries(kept)] : ['id', { exists: true }]
  })
  // Two conditions may now share the key `id`: kept apart under `and`.
  const ids = entries.filter(([key]) => key === 'id')
  if (ids.length < 2) {
    return Object.fromEntries(entries) as Where
  }
  return {
    and: entries.map(([key, condition]) => ({ [key]: condition }) as Where),
  }
}

/**
 * A path of the collection's own date fields (top level, or in groups and named tabs): the ones
 * whose values can be read and sorted on. A path through a relationship or an array is another
 * document's or row's date, not followed here (the plugin keeps a consent's end on the document
 * itself, as `visibleUntil`).
 */
const ownDatePath = (fields: FlattenedField[], path: string): boolean => {
  const [head, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === head)
  if (!field) {
    return false
  }
  if (!rest.length) {
    return field.type === 'date'
  }
  return (
    (field.type === 'group' || field.type === 'tab') &&
    ownDatePath(field.flattenedFields, rest.join('.'))
  )
}

/**
 * The public read rule of `collection` now. `visitor` is the visitor's request to ask it with,
 * when one has been made for several rules.
 */
export const publicRule = async (
  payload: Payload,
  collection: string,
  visitor?: PayloadRequest,
): Promise<PublicRule> => {
  const config = payload.collections[collection as CollectionSlug]?.config
  const now = (pluginOptions(payload)?.clock() ?? new Date()).getTime()
  const ask = (at: number) =>
    config
      ? atInstant(new Date(at), () => publicReadRule(payload, collection, visitor))
      : Promise.resolve(false as const)
  const rule = await ask(now)
  if (typeof rule !== 'object') {
    return { collection, fields: [], now, relaxed: rule, rule, shifted: () => rule }
  }
  const later = await ask(now + probeShiftMs)
  const ticks = ticksOf(rule, later, now).filter((tick) =>
    ownDatePath(config!.flattenedFields, tick.path),
  )
  const fields = [
    ...new Map(ticks.map((tick) => [`${tick.path} ${tick.offset}`, tick])).values(),
  ].map(({ offset, path }) => ({ offset, path }))
  return {
    collection,
    fields,
    now,
    relaxed: rewrite(rule, ticks, () => undefined),
    rule,
    shifted: (at) =>
      at === now ? rule : rewrite(rule, ticks, (tick) => new Date(at + tick.offset).toISOString()),
  }
}

/**
 * The rule as it answers at `at`: every comparison that follows the clock moved to `at`, keeping
 * its offset. A rule that reads the plugin's clock and one that reads `new Date()` are asked
 * alike.
 */
export const ruleAt = (rule: PublicRule, at: Date): boolean | Where => rule.shifted(at.getTime())

const valueAt = (doc: Doc, path: string): unknown =>
  path.split('.').reduce<unknown>((value, part) => (value as Doc | undefined)?.[part], doc)

/**
 * The instant a document's answer can change by `field`: when the clock plus its offset reaches
 * the stored date.
 */
const instantOf = (doc: Doc, field: TimeField): number | undefined => {
  const time = asTime(valueAt(doc, field.path))
  return time === undefined ? undefined : time - field.offset
}

/**
 * The documents that could pass the rule at some instant, with an instant of one of its fields in
 * `(after, until]`, as `[instant, ids]` in time order, and the instant they were looked at
 * through: `until`, or, when a field has more than `limit` rows in the window (0: no limit), its
 * last instant read (whose rows are all included, unless `whole` is false: only the soonest
 * instant is wanted). Read straight from the adapter: the instants
 * are the published rows', which the rule reads too.
 */
const instantsBetween = async (
  req: PayloadRequest,
  rule: PublicRule,
  after: Date,
  until: Date,
  limit: number,
  whole = true,
): Promise<{ instants: [number, Id[]][]; through: Date }> => {
  const byInstant = new Map<number, Set<Id>>()
  let through = until.getTime()
  if (rule.relaxed === false) {
    return { instants: [], through: until }
  }
  for (const field of rule.fields) {
    const rows = (window: Where, rowLimit: number) =>
      docsPassing(req, rule.collection, rule.relaxed, {
        limit: rowLimit,
        select: { [field.path.split('.')[0]!]: true },
        sort: field.path,
        where: window,
      })
    const add = (docs: Doc[]) => {
      for (const doc of docs) {
        const time = instantOf(doc, field)
        if (time !== undefined) {
          byInstant.set(time, (byInstant.get(time) ?? new Set()).add(doc.id as Id))
        }
      }
    }
    const docs = await rows(
      {
        and: [
          {
            [field.path]: { greater_than: new Date(after.getTime() + field.offset).toISOString() },
          },
          {
            [field.path]: {
              less_than_equal: new Date(until.getTime() + field.offset).toISOString(),
            },
          },
        ],
      },
      limit,
    )
    add(docs)
    const last = docs.length ? instantOf(docs.at(-1)!, field) : undefined
    if (limit && docs.length >= limit && last !== undefined && whole) {
      // Every row of the last instant read, however many share it: the next look starts after it.
      add(await rows({ [field.path]: { equals: new Date(last + field.offset).toISOString() } }, 0))
      through = Math.min(through, last)
    }
  }
  return {
    instants: [...byInstant]
      .filter(([time]) => time <= through)
      .sort(([a], [b]) => a - b)
      .map(([time, ids]) => [time, [...ids]]),
    through: new Date(through),
  }
}

const passingAt = async (req: PayloadRequest, rule: PublicRule, ids: Id[], at: Date) => {
  const candidates = possibleIds(req, rule.collection, ids)
  return candidates.length
    ? docsPassing(req, rule.collection, ruleAt(rule, at), { where: { id: { in: candidates } } })
    : []
}

/**
 * The documents of `ids` the public may read at `at`, as the rows stand in `req`'s transaction.
 */
export const publicDocsAt = async (
  req: PayloadRequest,
  collection: string,
  ids: Id[],
  at: Date,
): Promise<Doc[]> => passingAt(req, await publicRule(req.payload, collection), ids, at)

const publicIdsAt = async (req: PayloadRequest, rule: PublicRule, ids: Id[], time: number) =>
  new Set((await passingAt(req, rule, ids, new Date(time))).map((doc) => String(doc.id)))

/**
 * Which of `ids` the rule lets through just before `time` and just after it.
 */
const aroundInstant = async (req: PayloadRequest, rule: PublicRule, ids: Id[], time: number) => {
  const before = await publicIdsAt(req, rule, ids, time - 1)
  const after = await publicIdsAt(req, rule, ids, time + 1)
  return ids
    .filter((id) => before.has(String(id)) !== after.has(String(id)))
    .map((id) => ({ id, public: after.has(String(id)) }))
}

/**
 * Every document whose public answer changes at an instant in `(after, until]`, by its own
 * stored dates: compared just before the instant and just after it (a rule may compare with `<`
 * or `<=`). `limit` bounds the rows read per date field (0: all); `through` is the instant the
 * window was looked at through (`until`, unless the limit cut it short).
 */
export const instantChanges = async (
  req: PayloadRequest,
  rule: PublicRule,
  { after, limit = 0, until }: { after: Date; limit?: number; until: Date },
): Promise<{ changes: InstantChange[]; through: Date }> => {
  if (!rule.fields.length) {
    return { changes: [], through: until }
  }
  const changes: InstantChange[] = []
  const { instants, through } = await instantsBetween(req, rule, after, until, limit)
  for (const [time, ids] of instants) {
    for (const change of await aroundInstant(req, rule, ids, time)) {
      changes.push({ ...change, at: new Date(time) })
    }
  }
  return { changes, through }
}

/**
 * The next instant after `after` at which the public rule may let a different set of documents
 * through without anyone saving anything, or undefined when none is stored: the soonest stored
 * date ahead among documents that could pass the rule at some instant (a draft's dates are never
 * told). It is not checked to change an answer (one query per date field, asked on every
 * anonymous read for its cache lifetime): at worst a lifetime ends, and the poller looks, at an
 * instant when nothing changes.
 */
export const nextRuleInstant = async (
  req: PayloadRequest,
  rule: PublicRule,
  after: Date,
): Promise<Date | undefined> => {
  const { instants } = await instantsBetween(req, rule, after, new Date(Date.parse(forever) - 1), 1)
  return instants.length ? new Date(instants[0]![0]) : undefined
}

/**
 * For each of `docs` (public now, read with the rule's date fields), the first instant ahead at
 * which the public rule stops letting it through, or `forever`: how long what it shows may stay
 * public.
 */
export const publicEnds = async (
  req: PayloadRequest,
  rule: PublicRule,
  docs: Doc[],
): Promise<Map<string, string>> => {
  const ends = new Map<string, string>()
  const byInstant = new Map<number, Id[]>()
  for (const doc of docs) {
    ends.set(String(doc.id), forever)
    for (const field of rule.fields) {
      const time = instantOf(doc, field)
      if (time !== undefined && time > rule.now && time < Date.parse(forever)) {
        byInstant.set(time, [...(byInstant.get(time) ?? []), doc.id as Id])
      }
    }
  }
  for (const time of [...byInstant.keys()].sort((a, b) => a - b)) {
    const open = byInstant.get(time)!.filter((id) => ends.get(String(id)) === forever)
    if (!open.length) {
      continue
    }
    const still = await publicIdsAt(req, rule, open, time + 1)
    for (const id of open) {
      if (!still.has(String(id))) {
        ends.set(String(id), new Date(time).toISOString())
      }
    }
  }
  return ends
}

/**
 * The latest instant, no later than `now`, at which the public rule stopped letting `doc` (as
 * stored now) through on its own, or undefined: a document that leaves the public API because a
 * save moved its end into the past (a consent revoked as of now) left it at that instant, and is
 * told under the same key as a lapse noticed by the clock.
 */
export const passedInstant = async (
  req: PayloadRequest,
  collection: string,
  doc: Doc,
  now: Date,
): Promise<Date | undefined> => {
  const rule = await publicRule(req.payload, collection)
  const times = new Set<number>()
  for (const field of rule.fields) {
    const time = instantOf(doc, field)
    if (time !== undefined && time <= now.getTime()) {
      times.add(time)
    }
  }
  for (const time of [...times].sort((a, b) => b - a)) {
    const [change] = await aroundInstant(req, rule, [doc.id as Id], time)
    if (change && !change.public) {
      return new Date(time)
    }
  }
  return undefined
}
