import type { Where } from 'payload'

import { collectionTag, everyPartTag, partTag, type TagPartition } from './changeTags.js'

/**
 * A partition in use: which collections it splits, by which field, and the parts seen so far
 * (whose tags a computation reads the versions of before it starts).
 */
export type Partitioning = {
  field: string
  /** Parts seen per collection, as strings; bounded (see `notePart`). */
  seen: Map<string, Set<string>>
  split: Set<string>
}

/** More parts than a chain has clinics: past it, the list starts again (nothing is lost but hits). */
const maxSeenParts = 1_000

export const partitioning = (partition?: TagPartition): Partitioning | undefined =>
  partition && partition.collections.length
    ? { field: partition.field, seen: new Map(), split: new Set(partition.collections) }
    : undefined

const notePart = (state: Partitioning, slug: string, part: string) => {
  let parts = state.seen.get(slug)
  if (!parts) {
    parts = new Set()
    state.seen.set(slug, parts)
  }
  if (parts.size >= maxSeenParts) {
    parts.clear()
  }
  parts.add(part)
}

/**
 * An id as the database compares it, or undefined when its spelling is not the one stored: the
 * SQL adapters read `'05'` or `' 5'` as 5 and compare UUIDs whatever their case, so a query with
 * such a value reaches a part whose tag it would not name.
 */
const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : undefined
  }
  if (typeof value === 'string') {
    if (/^[-+\s\d.eE]+$/.test(value)) {
      return /^(0|-?[1-9]\d*)$/.test(value) ? value : undefined
    }
    return /^\s|\s$/.test(value) || !value ? undefined : value.toLowerCase()
  }
  return value && typeof value === 'object' && 'id' in value
    ? idOf((value as { id: unknown }).id)
    : undefined
}

/**
 * The parts a field's value names (one id, several, or populated documents); undefined when it
 * holds something that is not an id, so the parts cannot be known.
 */
export const partsOfValue = (value: unknown): string[] | undefined => {
  if (value === undefined || value === null) {
    return []
  }
  const ids = (Array.isArray(value) ? value : [value]).map(idOf)
  return ids.every((id) => id !== undefined) ? (ids as string[]) : undefined
}

/**
 * The parts a `where` keeps a query to: a constraint `field: { equals }` or `field: { in }` at its
 * top or inside `and` (never inside `or`, which can let other parts through). Any one such
 * constraint is enough; the last is taken, which is the read rule's (Payload ANDs the rule after
 * the reader's own `where`), so values a reader makes up are not remembered as parts.
 */
const narrowedParts = (where: unknown, field: string, depth = 0): string[] | undefined => {
  if (!where || typeof where !== 'object' || depth > 40) {
    return undefined
  }
  let found: string[] | undefined
  for (const [key, value] of Object.entries(where as Where)) {
    if (key.toLowerCase() === 'and' && Array.isArray(value)) {
      for (const part of value) {
        found = narrowedParts(part, field, depth + 1) ?? found
      }
    } else if (key === field && value && typeof value === 'object' && !Array.isArray(value)) {
      const constraint = value as Record<string, unknown>
      const named =
        'equals' in constraint
          ? partsOfValue(constraint.equals)
          : Array.isArray(constraint.in)
            ? partsOfValue(constraint.in)
            : undefined
      if (named && named.length) {
        found = named
      }
    }
  }
  return found
}

/**
 * The part tags a read of `slug` depends on: each part its `where` keeps it to, else every part.
 */
export const readPartTags = (state: Partitioning, slug: string, where: unknown): string[] => {
  if (!state.split.has(slug)) {
    return []
  }
  const parts = narrowedParts(where, state.field)
  if (!parts) {
    return [everyPartTag(slug)]
  }
  parts.forEach((part) => notePart(state, slug, part))
  return parts.map((part) => partTag(slug, part))
}

/**
 * Completes what a computation read: a split collection it depends on without a narrowed read (a
 * path it asked for, a join, a relationship its `where` went through) depends on every part.
 */
export const completePartTags = (state: Partitioning, tags: Set<string>): Set<string> => {
  for (const slug of state.split) {
    if (!tags.has(collectionTag(slug))) {
      continue
    }
    const prefix = `p:${slug}`
    if (![...tags].some((tag) => tag.startsWith(`${prefix}=`) || tag === everyPartTag(slug))) {
      tags.add(everyPartTag(slug))
    }
  }
  return tags
}

/** Every part tag a computation may read: each split collection's seen parts, and all parts. */
export const knownPartTags = (state: Partitioning): string[] =>
  [...state.split].flatMap((slug) => [
    everyPartTag(slug),
    ...[...(state.seen.get(slug) ?? [])].map((part) => partTag(slug, part)),
  ])

/**
 * The tags a write to a split collection changes, given the parts of the documents it touches
 * before and after: each of those parts, and every part. Undefined (the collection's own tag is
 * changed instead) when they cannot be known.
 */
export const writtenPartTags = (
  state: Partitioning,
  slug: string,
  parts: string[] | undefined,
): string[] | undefined => {
  if (!parts) {
    return undefined
  }
  const distinct = [...new Set(parts)]
  distinct.forEach((part) => notePart(state, slug, part))
  return [...distinct.map((part) => partTag(slug, part)), everyPartTag(slug)]
}
