import type { CollectionConfig, CompoundIndex } from 'payload'

import { flattenTopLevelFields } from 'payload'

const sortPath = (sort: CollectionConfig['defaultSort']): string | undefined => {
  const first = Array.isArray(sort) ? sort[0] : sort
  return typeof first === 'string' && first ? first.replace(/^-/, '') : undefined
}

/**
 * A relationship that a join field elsewhere reads this collection through, and the join's sort.
 */
export type JoinedOn = { on: string; sort?: string }

/**
 * Compound indexes that match how the public reads a collection with drafts: every public query
 * carries `_status = published`, so an index on a sort column alone leaves the database choosing
 * between filtering on `_status` and sorting every published row, or walking the sort index and
 * skipping drafts. With `_status` first, the published rows come already in order, and a page
 * costs the same at 100 documents as at 100,000.
 *
 * - `_status` with the default sort, and with the slug;
 * - each relationship a join field reads through (an article's `author`, for a practitioner's
 *   articles), with `_status` and the join's sort, so a join page is read in order from the index.
 *
 * The SQL adapters break ties by `createdAt`, so it ends every sorted index. Indexes the host
 * already declared are kept and not repeated. Localized columns live in another table and cannot
 * share an index with `_status`; they are left out.
 */
export const withReadIndexes = (
  collection: CollectionConfig,
  joinedOn: JoinedOn[] = [],
): CollectionConfig => {
  const drafts = typeof collection.versions === 'object' && Boolean(collection.versions.drafts)
  if (!drafts) {
    return collection
  }
  const columns = new Map(
    // Named fields, and those of rows, collapsibles and unnamed tabs: the document's own table.
    flattenTopLevelFields(collection.fields).map((field) => [
      (field as { name: string }).name,
      field,
    ]),
  )
  const timestamps = collection.timestamps !== false
  const indexable = (name: string | undefined): name is string => {
    if (name === 'createdAt' || name === 'updatedAt') {
      return timestamps
    }
    const field = name ? columns.get(name) : undefined
    return Boolean(field && !('localized' in field && field.localized))
  }
  const sorted = (sort: string | undefined) => {
    const path = sortPath(sort) ?? 'createdAt'
    return indexable(path) ? [...new Set([path, ...(timestamps ? ['createdAt'] : [])])] : []
  }
  const singleIdColumn = (name: string) => {
    const field = columns.get(name)
    return field?.type === 'relationship' && !field.hasMany && typeof field.relationTo === 'string'
  }
  const wanted: string[][] = [
    // An orderable collection sorts by `_order`, which Payload adds after plugins run, too late
    // for a compound index: its own single-column index serves that sort.
    ...(collection.orderable ? [] : [['_status', ...sorted(sortPath(collection.defaultSort))]]),
    ...(indexable('slug') ? [['_status', 'slug']] : []),
    // Every other column of the public rule (samples, the consent's end), so a list's count of
    // its matches is read from the index alone, not from each row.
    ['_status', ...['isSample', 'visibleUntil'].filter(indexable)],
    ...joinedOn
      .filter(({ on }) => indexable(on) && singleIdColumn(on))
      .map(({ on, sort }) => [on, '_status', ...sorted(sort)]),
  ].filter((fields) => fields.length > 1)

  const existing = new Set((collection.indexes ?? []).map((index) => index.fields.join(',')))
  const added: CompoundIndex[] = []
  for (const fields of wanted) {
    const key = fields.join(',')
    if (!existing.has(key)) {
      existing.add(key)
      added.push({ fields })
    }
  }
  return added.length
    ? { ...collection, indexes: [...(collection.indexes ?? []), ...added] }
    : collection
}
