import type { GraphQLExtension } from 'payload'

type Resolver = (...args: unknown[]) => unknown

/**
 * Adds the host's own queries, plus Payload's `Access` query with one fix: for a visitor who may
 * not open the admin panel, Payload's permissions leave `canAccessAdmin` out, and its schema
 * declares it non-null, so `{ Access { canAccessAdmin } }` failed as a server error (3.90). The
 * same resolver runs; `canAccessAdmin` is `false` when it is missing. A host that defines its
 * own `Access` query keeps it.
 */
export const withAccessQueryFix =
  (queries: GraphQLExtension | undefined): GraphQLExtension =>
  (graphQL, context) => {
    const host = queries?.(graphQL, context) ?? {}
    const access = (context.Query as { fields?: Record<string, { resolve?: Resolver }> })?.fields
      ?.Access
    const resolve = access?.resolve
    if (!resolve || 'Access' in host) {
      return host
    }
    return {
      ...host,
      Access: {
        ...access,
        resolve: async (...args: unknown[]) => ({
          canAccessAdmin: false,
          ...((await resolve(...args)) as Record<string, unknown>),
        }),
      },
    }
  }
