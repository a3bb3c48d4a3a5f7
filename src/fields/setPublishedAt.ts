import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Dates a document the first time it is published, unless an editor set the date.
 */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const publishing = (data._status ?? originalDoc?._status) === 'published'
  if (publishing && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
