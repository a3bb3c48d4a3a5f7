import type { Where } from 'payload'

/**
 * Rows whose date field does not already hold `value`.
 */
export const differs = (field: string, value: null | string): Where =>
  value === null
    ? { [field]: { exists: true } }
    : { or: [{ [field]: { exists: false } }, { [field]: { not_equals: value } }] }
