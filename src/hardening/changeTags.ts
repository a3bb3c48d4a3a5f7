/**
 * What a cached answer depends on, and what a write changes, at the grain of one collection or
 * one global: a change to an FAQ reaches answers that read FAQs and leaves the others alone.
 */
export const collectionTag = (slug: string) => `c:${slug}`
export const globalTag = (slug: string) => `g:${slug}`

/**
 * A collection split into parts by a field (a chain's collections, by clinic): what the field
 * names and who reads the parts.
 */
export type TagPartition = {
  /** The collections split by the field. */
  collections: string[]
  /** The field whose value (an id, or several) says which part a document is in. */
  field: string
}

/**
 * One part of a split collection (one clinic's documents): read by a query narrowed to that part,
 * changed by a write to a document in it (before or after the write).
 */
export const partTag = (slug: string, part: number | string) => `p:${slug}=${part}`

/**
 * Every part of a split collection: read by a query not narrowed to parts, changed by every write
 * whose parts are known. A write whose parts cannot be known changes the collection's own tag,
 * which every answer that read the collection holds.
 */
export const everyPartTag = (slug: string) => `p:${slug}|*`
