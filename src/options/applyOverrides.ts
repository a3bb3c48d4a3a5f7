import type { CollectionConfig } from 'payload'

import type { CollectionOverrides } from './types.js'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * Plugin hooks first, the host's after them, so the host's hooks see normalized data.
 */
const mergeHooks = (ours: Hooks = {}, theirs: Hooks = {}): Hooks => {
  const merged: Record<string, unknown[]> = {}
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    merged[key] = [
      ...((ours as Record<string, unknown[]>)[key] ?? []),
      ...((theirs as Record<string, unknown[]>)[key] ?? []),
    ]
  }
  return merged as Hooks
}

/**
 * The one place a host's overrides meet a plugin collection: their keys spread first, the resolved
 * slug kept, access and admin merged with theirs winning, hooks appended, fields replaced through
 * their function.
 */
export const applyOverrides = (
  collection: CollectionConfig,
  overrides: CollectionOverrides = {},
): CollectionConfig => {
  const { access, admin, fields, hooks, slug: _renamed, ...rest } = overrides
  return {
    ...collection,
    ...rest,
    slug: collection.slug,
    access: { ...collection.access, ...access },
    admin: { ...collection.admin, ...admin },
    fields: fields ? fields({ defaultFields: collection.fields }) : collection.fields,
    hooks: mergeHooks(collection.hooks, hooks),
  }
}
