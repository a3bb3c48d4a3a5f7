import type { SmpGraphQLLimits } from './types.js'

/**
 * What one GraphQL operation may cost when the host sets no `graphQL.limits`: far above what the
 * reference site's largest page asks for, far below what would tie up the database.
 */
export const defaultGraphQLLimits: SmpGraphQLLimits = {
  maxAliases: 20,
  maxDepth: 10,
  maxDocuments: 2000,
  maxFields: 500,
}
