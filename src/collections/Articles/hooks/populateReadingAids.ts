import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../generated/documentTypes.js'

import {
  anchorHeadings,
  type LexicalState,
  readingMinutes,
  tableOfContents,
} from '../../../fields/lexicalContent.js'

/**
 * Stores reading time and the table of contents with each save, so REST and GraphQL serve them
 * without parsing the body on every read, and the anchor of each heading on the heading itself,
 * where a renderer finds it (`payload-plugin-smp-clinic/richtext`).
 */
export const populateReadingAids: CollectionBeforeChangeHook<Article> = ({ data }) => {
  if (data.body !== undefined) {
    const body = anchorHeadings(data.body as LexicalState)
    data.readingTime = readingMinutes(body)
    data.tableOfContents = tableOfContents(body)
  }
  return data
}
