import type { Access, Where } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

/**
 * Editors read everything; everyone else reads published documents only, narrowed further by
 * `publicFilter` (built per request, so filters that depend on the current time stay current).
 * Returning a query rather than `false` keeps lists, lookups by id, GraphQL and populated
 * relationships consistent, because Payload applies the same constraint on every path.
 */
export const publishedOrEditors =
  (
    options: SanitizedSmpClinicOptions,
    publicFilter?: (options: SanitizedSmpClinicOptions) => Where,
  ): Access =>
  async ({ req }) => {
    if (await options.access.canEdit({ req })) {
      return true
    }
    const published: Where = { _status: { equals: 'published' } }
    return publicFilter ? { and: [published, publicFilter(options)] } : published
  }
