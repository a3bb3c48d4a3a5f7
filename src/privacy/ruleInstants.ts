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

const comparisons = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

/**
 * How close to the real time a compared value must be to count as "now": a host's rule that
 * reads `new Date()` instead of the plugin's clock is recognised too.
 */
const nowSlackMs = 60_000

const asTime = (value: unknown): number | undefined => {
  const time =
    value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN
  return Number.isNaN(time) ? undefined : time
}

/**
 * Whether a compared value is "now" to a rule asked at `instant`: that instant exactly (the
 * plugin's clock), or the real time (a host's rule that reads `new Date()`).
 */
const isNow = (value: unknown, instant: number): boolean => {
  const time = asTime(value)
  return time !== undefined && (time === instant || Math.abs(time - Date.now()) <= nowSlackMs)
}

/**
 * `where` with every comparison against "now" handed to `visit`, which may replace its value:
 * how a rule asked now is asked about another instant, whichever clock it read.
 */
const mapNow = (
  where: Where,
  instant: number,
  visit: (path: string, value: unknown) => unknown,
): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, condition]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
        return [key, condition.map((part) => mapNow(part as Where, instant, visit))]
      }
      if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
        return [key, condition]
      }
      return [
        key,
        Object.fromEntries(
          Object.entries(condition as Record<string, unknown>).map(([operator, value]) => [
            operator,
            comparisons.has(operator) && isNow(value, instant) ? visit(key, value) : value,
          ]),
        ),
      ]
    }),
  )

/**
 * A path of the collection's own date fields (top level, or in groups): the ones whose values
 * can be read and sorted on. A path through a relationship is another collection's instant, not
 * followed here (the plugin keeps a consent's end on the document itself, as `visibleUntil`).
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
  return field.type === 'group' && ownDatePath(field.flattenedFields, rest.join('.'))
}

/**
 * The public read rule of a collection as it answered at one instant (`now`), with the fields
 * whose stored instants it compares with the clock: the plugin's consent end (`visibleUntil`),
 * an image's `publicUntil`, whatever a host's `access.read` compares with the time (an article
 * public from its `publishedAt`). Taken once per question, then asked about any instant.
 */
export type PublicRule = {
  collection: string
  fields: string[]
  now: number
  rule: boolean | Where
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
  const rule = config
    ? await atInstant(new Date(now), () => publicReadRule(payload, collection, visitor))
    : false
  const found = new Set<string>()
  if (typeof rule === 'object') {
    mapNow(rule, now, (path, value) => {
      found.add(path)
      return value
    })
  }
  return {
    collection,
    fields: [...found].filter((path) => ownDatePath(config!.flattenedFields, path)),
    now,
    rule,
  }
}

/**
 * The rule as it answers at `at`: every comparison against the time it was asked at moved to
 * `at`. A rule that reads the plugin's clock and one that reads `new Date()` are asked alike.
 */
export const ruleAt = ({ now, rule }: PublicRule, at: Date): boolean | Where =>
  typeof rule === 'object' ? mapNow(rule, now, () => at.toISOString()) : rule

const valueAt = (doc: Doc, path: string): unknown =>
  path.split('.').reduce<unknown>((value, part) => (value as Doc | undefined)?.[part], doc)

/**
 * The documents with an instant of `fields` in `(after, until]`, as `[instant, ids]` in time
 * order, and the instant they were looked at through: `until`, or, when a field has more than
 * `limit` rows in the window (0: no limit), its last instant read (whose rows are all included).
 * Read straight from the adapter: the instants are the published rows', which the rule reads too.
 */
const instantsBetween = async (
  req: PayloadRequest,
  collection: string,
  fields: string[],
  after: Date,
  until: Date,
  limit: number,
): Promise<{ instants: [number, Id[]][]; through: Date }> => {
  const byInstant = new Map<number, Set<Id>>()
  const add = (path: string, docs: Doc[]) => {
    for (const doc of docs) {
      const time = asTime(valueAt(doc, path))
      if (time !== undefined) {
        byInstant.set(time, (byInstant.get(time) ?? new Set()).add(doc.id as Id))
      }
    }
  }
  const rows = async (path: string, where: Where, rowLimit: number) =>
    (
      await req.payload.db.find({
        collection,
        limit: rowLimit,
        pagination: false,
        req,
        select: { [path.split('.')[0]!]: true },
        sort: path,
        where,
      })
    ).docs as Doc[]
  let through = until.getTime()
  for (const path of fields) {
    const docs = await rows(
      path,
      {
        and: [
          { [path]: { greater_than: after.toISOString() } },
          { [path]: { less_than_equal: until.toISOString() } },
        ],
      },
      limit,
    )
    add(path, docs)
    const last = docs.length ? asTime(valueAt(docs.at(-1)!, path)) : undefined
    if (limit && docs.length >= limit && last !== undefined) {
      // Every row of the last instant read, however many share it: the next look starts after it.
      add(path, await rows(path, { [path]: { equals: new Date(last).toISOString() } }, 0))
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

/**
 * The documents of `ids` the public may read at `at`, as the rows stand in `req`'s transaction.
 */
export const publicDocsAt = async (
  req: PayloadRequest,
  collection: string,
  ids: Id[],
  at: Date,
): Promise<Doc[]> => passingAt(req, await publicRule(req.payload, collection), ids, at)

const passingAt = async (req: PayloadRequest, rule: PublicRule, ids: Id[], at: Date) => {
  const candidates = possibleIds(req, rule.collection, ids)
  return candidates.length
    ? docsPassing(req, rule.collection, ruleAt(rule, at), { where: { id: { in: candidates } } })
    : []
}

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
 * Every document of `collection` whose public answer changes at an instant in `(after, until]`,
 * by its own stored instants: compared just before the instant and just after it (a rule may
 * compare with `<` or `<=`). `limit` bounds the rows read per time field (0: all); `through` is
 * the instant the window was looked at through (`until`, unless the limit cut it short).
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
  const { instants, through } = await instantsBetween(
    req,
    rule.collection,
    rule.fields,
    after,
    until,
    limit,
  )
  for (const [time, ids] of instants) {
    for (const change of await aroundInstant(req, rule, ids, time)) {
      changes.push({ ...change, at: new Date(time) })
    }
  }
  return { changes, through }
}

/**
 * How many stored instants ahead are looked at per field when looking for the next change; when
 * none of them changes anything, the last one is answered (it is looked at again then).
 */
const aheadRows = 100

/**
 * The next instant after `after` at which the public rule of `collection` lets a different set
 * of documents through without anyone saving anything, or undefined when none is stored. Only
 * instants that change an answer count: a draft's dates, or an end after which the document was
 * not public anyway, are not told.
 */
export const nextRuleInstant = async (
  req: PayloadRequest,
  rule: PublicRule,
  after: Date,
): Promise<Date | undefined> => {
  if (!rule.fields.length) {
    return undefined
  }
  const { instants: ahead, through } = await instantsBetween(
    req,
    rule.collection,
    rule.fields,
    after,
    new Date(Date.parse(forever) - 1),
    aheadRows,
  )
  for (const [time, ids] of ahead) {
    if ((await aroundInstant(req, rule, ids, time)).length) {
      return new Date(time)
    }
  }
  // Nothing in the rows read changes an answer: look again at the last of them.
  return through.getTime() < Date.parse(forever) - 1 ? through : undefined
}

/**
 * For each of `docs` (public now, read with the rule's time fields), the first instant ahead at
 * which the public rule stops letting it through, or `forever`: how long what it shows may stay
 * public.
 */
export const publicEnds = async (
  req: PayloadRequest,
  rule: PublicRule,
  docs: Doc[],
): Promise<Map<string, string>> => {
  const { fields, now } = rule
  const ends = new Map<string, string>()
  const byInstant = new Map<number, Id[]>()
  for (const doc of docs) {
    ends.set(String(doc.id), forever)
    for (const path of fields) {
      const time = asTime(valueAt(doc, path))
      if (time !== undefined && time > now && time < Date.parse(forever)) {
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
  for (const path of rule.fields) {
    const time = asTime(valueAt(doc, path))
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
