import type { Where } from 'payload'

/**
 * Seeded sample documents are fictitious: they stay out of public reads even if published.
 */
export const notSample = (): Where => ({ isSample: { not_equals: true } })
