import type { FlattenedField, Payload } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

import { collectionTag, everyPartTag, globalTag } from './changeTags.js'
import { readPartTags, type Partitioning } from './partitionTags.js'

/**
 * What one computation of an answer read: the tags of every collection and global a database
 * call looked at. It is the answer's dependencies: a write to any of them makes it stale.
 */
export type ReadLog = {
  /**
   * Set when any auth strategy signed a user in while the computation ran: its answer is that
   * user's, whatever the request's headers looked like.
   */
  authenticated?: boolean
  tags: Set<string>
}

const reading = new AsyncLocalStorage<ReadLog>()

/**
 * Runs `compute` with its database reads logged in `log`, through every await it makes.
 */
export const logReads = <T>(log: ReadLog, compute: () => Promise<T>): Promise<T> =>
  reading.run(log, compute)

/**
 * The log of the computation this code runs in, if any.
 */
export const currentReadLog = (): ReadLog | undefined => reading.getStore()

type ReadArgs = {
  collection?: string
  global?: string
  joins?: unknown
  slug?: string
  sort?: unknown
  where?: unknown
}

const paths = (where: unknown, into: string[], depth = 0): string[] => {
  if (!where || typeof where !== 'object' || depth > 40) {
    return into
  }
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      ;(Array.isArray(value) ? value : []).forEach((part) => paths(part, into, depth + 1))
    } else {
      into.push(key)
    }
  }
  return into
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .filter((path): path is string => typeof path === 'string')
    .map((path) => path.trim().replace(/^-/, ''))

const childFields = (field: FlattenedField): FlattenedField[] =>
  field.type === 'blocks'
    ? field.blocks.flatMap((block) => block.flattenedFields)
    : 'flattenedFields' in field
      ? (field.flattenedFields as FlattenedField[])
      : []

const targetsOf = (field: FlattenedField): string[] => {
  if (field.type === 'relationship' || field.type === 'upload') {
    return Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
  }
  return field.type === 'join'
    ? Array.isArray(field.collection)
      ? field.collection
      : [field.collection]
    : []
}

/**
 * The collections a query path passes through on its way to a field (`practitioner.name` reads
 * practitioners): the database answers such a query with one statement, so no read of theirs is
 * seen on its own.
 */
const collectionsOnPath = (
  payload: Payload,
  fields: FlattenedField[],
  path: string,
  found: Set<string>,
) => {
  let current: FlattenedField[][] = [fields]
  for (const segment of path.replace(/__/g, '.').split('.')) {
    const next: FlattenedField[][] = []
    for (const level of current) {
      const field = level.find((candidate) => candidate.name === segment)
      if (!field) {
        // `version.` of a draft query, `value`/`relationTo` of a polymorphic relationship, an
        // index into an array: the same fields, one segment on.
        next.push(level)
        continue
      }
      const targets = targetsOf(field)
      for (const target of targets) {
        found.add(target)
        const config = payload.collections[target]?.config
        if (config) {
          next.push(config.flattenedFields)
        }
      }
      if (!targets.length) {
        next.push(childFields(field))
      }
    }
    current = next
  }
}

/**
 * The join fields anywhere in a collection's fields, whose documents the SQL adapters read in the
 * same statement as the collection's own.
 */
const joinTargets = (fields: FlattenedField[], found: Set<string>, depth = 0) => {
  if (depth > 20) {
    return
  }
  for (const field of fields) {
    if (field.type === 'join') {
      targetsOf(field).forEach((target) => found.add(target))
    } else if (field.type !== 'relationship' && field.type !== 'upload') {
      joinTargets(childFields(field), found, depth + 1)
    }
  }
}

/**
 * Logs what a database read looks at, when it runs inside a logged computation: its collection or
 * global (and, of a split collection, the parts its `where` keeps it to), the collections its
 * `where` and `sort` reach through relationships, and the collections its joins read.
 */
export const logRead = (
  payload: Payload,
  method: string,
  args: unknown,
  partitioning?: Partitioning,
) => {
  const log = reading.getStore()
  if (!log || !args || typeof args !== 'object') {
    return
  }
  const { collection, global, joins, slug, sort, where } = args as ReadArgs
  if (method.toLowerCase().includes('global')) {
    const name = global ?? slug
    if (typeof name === 'string') {
      log.tags.add(globalTag(name))
    }
    return
  }
  if (typeof collection !== 'string') {
    return
  }
  log.tags.add(collectionTag(collection))
  if (partitioning) {
    readPartTags(partitioning, collection, where).forEach((tag) => log.tags.add(tag))
  }
  const config = payload.collections[collection]?.config
  if (!config) {
    return
  }
  const related = new Set<string>()
  for (const path of [...paths(where, []), ...sortPaths(sort)]) {
    if (path.includes('.') || path.includes('__')) {
      collectionsOnPath(payload, config.flattenedFields, path, related)
    }
  }
  if (joins !== false) {
    joinTargets(config.flattenedFields, related)
  }
  // Read in the same statement, with no `where` of their own the log can see: every part.
  related.forEach((name) => {
    log.tags.add(collectionTag(name))
    if (partitioning?.split.has(name)) {
      log.tags.add(everyPartTag(name))
    }
  })
}
