import type { CollectionBeforeChangeHook } from 'payload'

import {
  type LexicalState,
  readingMinutes,
  tableOfContents,
} from '../../../utilities/lexicalContent.js'

/**
 * Stores reading time and the table of contents with each save, so REST and GraphQL serve them
 * without parsing the body on every read.
 */
export const populateReadingAids: CollectionBeforeChangeHook = ({ data }) => {
  if (data.body !== undefined) {
    const body = data.body as LexicalState
    data.readingTime = readingMinutes(body)
    data.tableOfContents = tableOfContents(body)
  }
  return data
}
