import type { CollectionBeforeOperationHook } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

/**
 * Answers a visitor's read deeper than `frontend.maxDepth` at that depth. Articles and FAQs point
 * at each other, so every level of `depth` multiplies a response: at Payload's limit of 10 one
 * anonymous request for ten FAQs returned 88 MB, and a few at once held the server for seconds
 * each. Populated documents inherit the capped depth from the read they are part of.
 */
export const capPublicDepth =
  (options: SanitizedSmpClinicOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'read' || (typeof args.currentDepth === 'number' && args.currentDepth > 1)) {
      return args
    }
    const asked = typeof args.depth === 'number' ? args.depth : req.payload.config.defaultDepth
    if (asked <= options.frontend.maxDepth || (await options.access.canEdit({ req }))) {
      return args
    }
    return { ...args, depth: options.frontend.maxDepth }
  }
