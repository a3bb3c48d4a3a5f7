import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Join fields (a practitioner's articles, galleries and testimonials) are read for the documents
 * a request asks for, not for the same documents populated inside others: an article's author
 * would otherwise bring every page of that author's articles, galleries and testimonials with
 * it, a cost that grows with the author's output on every article read. A frontend that needs a
 * practitioner's articles reads the practitioner (or asks GraphQL for the join, which pages it).
 */
export const readJoinsAtTopLevel: CollectionBeforeOperationHook = ({ args, operation }) => {
  // Payload passes `currentDepth` only when it populates a relationship (2 and deeper).
  if (operation === 'read' && typeof args.currentDepth === 'number' && args.currentDepth > 1) {
    return { ...args, joins: false }
  }
  return args
}
