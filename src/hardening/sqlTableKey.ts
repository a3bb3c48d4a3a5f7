/**
 * The key the SQL adapters give a collection's table in their `tableNameMap` (the slug in snake
 * case: `before-after-galleries` → `before_after_galleries`). A slug spelled so that this misses
 * finds no table, and callers then fall back to the adapter's own methods.
 */
export const sqlTableKey = (slug: string): string =>
  slug
    .replace(/[-\s]+/g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
