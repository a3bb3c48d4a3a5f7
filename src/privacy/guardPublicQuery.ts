import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest, Where } from 'payload'

import { QueryError } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { readableIds } from './readableIds.js'
import { overridesAccess } from '../hardening/overridesAccess.js'

type Id = number | string

/**
 * What a query path leads to, read against the collection's fields.
 * `unknown`: not a field path we can resolve; Payload's own validation answers for it.
 */
type Resolved =
  | { kind: 'join' | 'richText' | 'through' | 'unknown' }
  | { kind: 'plain' }
  | { field: FlattenedField & { relationTo: string | string[] }; kind: 'relation' }

const childFields = (field: FlattenedField): FlattenedField[] | undefined => {
  if (field.type === 'blocks') {
    return field.blocks.flatMap((block) => block.flattenedFields)
  }
  return 'flattenedFields' in field ? (field.flattenedFields as FlattenedField[]) : undefined
}

/**
 * Whether a relationship or join points at one of `targets` (all of them count when unset).
 */
const reaches = (relationTo: string | string[], targets?: Set<string>) =>
  !targets || [relationTo].flat().some((slug) => targets.has(slug))

export const resolvePath = (
  fields: FlattenedField[],
  path: string,
  targets?: Set<string>,
): Resolved => {
  const segments = path.replace(/__/g, '.').split('.')
  if (segments.length === 1 && (segments[0] === 'id' || segments[0] === '_id')) {
    return { kind: 'plain' }
  }
  let current: FlattenedField[] | undefined = fields
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!
    const field: FlattenedField | undefined = current?.find(
      (candidate) => 'name' in candidate && candidate.name === segment,
    )
    if (!field) {
      // `title.fr` queries one locale of a localized field.
      return index > 0 && segment.length <= 10 && index === segments.length - 1
        ? { kind: 'plain' }
        : { kind: 'unknown' }
    }
    const last = index === segments.length - 1
    if (field.type === 'join') {
      return reaches(field.collection, targets) ? { kind: 'join' } : { kind: 'unknown' }
    }
    if (field.type === 'relationship' || field.type === 'upload') {
      if (!reaches(field.relationTo, targets)) {
        return { kind: 'unknown' }
      }
      // Which collection a polymorphic value points at (`doc.relationTo`) names no document.
      if (
        Array.isArray(field.relationTo) &&
        index === segments.length - 2 &&
        segments[index + 1] === 'relationTo'
      ) {
        return { kind: 'plain' }
      }
      return last ? { field, kind: 'relation' } : { kind: 'through' }
    }
    if (field.type === 'richText') {
      // Matching the stored JSON would reveal the ids its internal links point at.
      return targets ? { kind: 'unknown' } : { kind: 'richText' }
    }
    if (last) {
      return { kind: 'plain' }
    }
    current = childFields(field)
    if (!current) {
      // Past a scalar field: a locale code, or nothing Payload will accept.
      return segments.length - index === 2 ? { kind: 'plain' } : { kind: 'unknown' }
    }
  }
  return { kind: 'unknown' }
}

const reject = (path: string): never => {
  throw new QueryError([{ path }])
}

/**
 * Matches no document, on every database: how a filter on an id the reader may not see behaves,
 * exactly as if that document did not exist.
 */
const matchesNothing: Where = { id: { exists: false } }

const idsOf = (value: unknown): unknown[] => {
  if (Array.isArray(value)) {
    return value
  }
  if (typeof value === 'string' && value.includes(',')) {
    return value.split(',')
  }
  return [value]
}

const guardRelationCondition = async (
  req: PayloadRequest,
  path: string,
  relationTo: string | string[],
  condition: unknown,
): Promise<Where> => {
  if (Array.isArray(relationTo) || !condition || typeof condition !== 'object') {
    return reject(path)
  }
  const entries = Object.entries(condition as Record<string, unknown>)
  if (!entries.length || entries.some(([operator]) => operator !== 'equals' && operator !== 'in')) {
    return reject(path)
  }
  const guarded: Where[] = []
  for (const [operator, value] of entries) {
    const wanted = idsOf(value).filter(
      (id): id is Id => typeof id === 'number' || (typeof id === 'string' && id !== ''),
    )
    const readable = await readableIds(req, relationTo, wanted)
    const kept = wanted.filter((id) => readable.has(String(id)))
    if (!kept.length) {
      return matchesNothing
    }
    guarded.push({ [path]: operator === 'equals' ? { equals: kept[0] } : { in: kept } })
  }
  return guarded.length === 1 ? guarded[0]! : { and: guarded }
}

/**
 * Rewrites an anonymous `where` so it can only see what the reader may read: conditions through
 * a relationship or join are refused, and a relationship may be matched only by the ids of
 * documents the reader can read (any other id matches nothing).
 */
const guardWhere = async (
  req: PayloadRequest,
  fields: FlattenedField[],
  where: unknown,
  targets?: Set<string>,
): Promise<unknown> => {
  if (!where || typeof where !== 'object' || Array.isArray(where)) {
    return where
  }
  const parts: Where[] = []
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    // Payload reads `and`/`or` in any case (GraphQL writes AND/OR): so must the guard.
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (!Array.isArray(condition)) {
        parts.push({ [key]: condition } as Where)
        continue
      }
      const guarded = await Promise.all(
        condition.map((item) => guardWhere(req, fields, item, targets)),
      )
      parts.push({ [key]: guarded } as Where)
      continue
    }
    const resolved = resolvePath(fields, key, targets)
    if (resolved.kind === 'through' || resolved.kind === 'join' || resolved.kind === 'richText') {
      reject(key)
    }
    if (resolved.kind === 'relation') {
      // A field the reader may not read cannot be queried at all, as Payload answers itself.
      const canRead = resolved.field.access?.read
      if (canRead && !(await canRead({ req } as Parameters<typeof canRead>[0]))) {
        reject(key)
      }
      parts.push(await guardRelationCondition(req, key, resolved.field.relationTo, condition))
      continue
    }
    parts.push({ [key]: condition } as Where)
  }
  return parts.length === 1 ? parts[0] : { and: parts }
}

/**
 * Anonymous sorts may use the collection's own values only: sorting by a relationship (its ids)
 * or through it (the related document's values) would order public results by hidden data.
 */
const guardSort = (fields: FlattenedField[], sort: unknown, targets?: Set<string>) => {
  const paths = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  for (const raw of paths) {
    if (typeof raw !== 'string') {
      continue
    }
    const path = raw.trim().replace(/^[-+]/, '')
    const { kind } = resolvePath(fields, path, targets)
    if (path && kind !== 'plain' && kind !== 'unknown') {
      reject(path)
    }
  }
}

type JoinQuery = { sort?: unknown; where?: unknown }

const guardJoins = async (
  req: PayloadRequest,
  fields: FlattenedField[],
  joins: unknown,
  targets?: Set<string>,
): Promise<unknown> => {
  if (!joins || typeof joins !== 'object') {
    return joins
  }
  const guarded: Record<string, unknown> = {}
  for (const [path, query] of Object.entries(joins as Record<string, unknown>)) {
    const join = fields.find((field) => field.type === 'join' && field.name === path)
    if (
      !query ||
      typeof query !== 'object' ||
      !join ||
      join.type !== 'join' ||
      !reaches(join.collection, targets)
    ) {
      guarded[path] = query
      continue
    }
    const target = Array.isArray(join.collection) ? undefined : join.collection
    const targetFields = target
      ? req.payload.collections[target]?.config.flattenedFields
      : undefined
    if (!targetFields) {
      guarded[path] = false
      continue
    }
    const { sort, where, ...rest } = query as JoinQuery
    guardSort(targetFields, sort)
    guarded[path] = { ...rest, sort, where: await guardWhere(req, targetFields, where) }
  }
  return guarded
}

/**
 * Closes the query oracles for every reader who is not an editor, before Payload runs a read,
 * count or distinct query:
 * - `draft=true` is ignored (the public reads published documents, never versions);
 * - `where` and `sort` cannot pass through relationships or joins into documents the reader may
 *   not see (400, as for a path that does not exist), nor sort by related ids, nor match the raw
 *   JSON of rich text (which holds the ids its links point at);
 * - filtering a relationship by the id of a document the reader cannot read matches nothing.
 * Field-level access (hidden and internal fields) is enforced by Payload itself.
 *
 * With `targets` (a host's own collection), only paths that lead into those collections are
 * guarded; the host's other relationships are left to the host.
 */
export const guardPublicQuery =
  (options: SanitizedSmpClinicOptions, targets?: Set<string>): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, overrideAccess, req }) => {
    if (
      overridesAccess({ args, overrideAccess }) ||
      !['count', 'read', 'readDistinct'].includes(operation)
    ) {
      return args
    }
    if (await options.access.canEdit({ req })) {
      return args
    }
    const fields = collection.flattenedFields
    const next = { ...args } as Record<string, unknown>
    if (!targets && 'draft' in next && next.draft) {
      next.draft = false
    }
    guardSort(fields, next.sort, targets)
    if (operation === 'readDistinct' && typeof next.field === 'string') {
      guardSort(fields, next.field, targets)
    }
    if (next.where) {
      next.where = await guardWhere(req, fields, next.where, targets)
    }
    if (next.joins) {
      next.joins = await guardJoins(req, fields, next.joins, targets)
    }
    return next as typeof args
  }
