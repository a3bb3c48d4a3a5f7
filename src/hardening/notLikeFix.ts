import type { DatabaseAdapterObj, Where } from 'payload'

/**
 * The adapter methods that take a `where`: every query, and every write chosen by one.
 */
const queried = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateJobs',
  'updateMany',
  'updateOne',
  'upsert',
] as const

/**
 * `where` with every `not_like` value made the pattern it stands for: "does not contain".
 */
export const containsNot = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, condition]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
        return [key, condition.map((part) => containsNot(part as Where))]
      }
      if (
        !condition ||
        typeof condition !== 'object' ||
        Array.isArray(condition) ||
        typeof (condition as { not_like?: unknown }).not_like !== 'string'
      ) {
        return [key, condition]
      }
      const { not_like: value } = condition as { not_like: string }
      return [key, { ...condition, not_like: `%${value}%` }]
    }),
  )

/**
 * Payload's SQL adapters (3.90) pass a `not_like` value to `NOT LIKE` without the wildcards they
 * give `like`, so `{ title: { not_like: 'draft' } }` keeps every title but "draft" itself,
 * where MongoDB (and Payload's documentation) keeps only titles that do not contain it. A read
 * rule written with it (a host's `access.read` hiding "Members only" FAQs) would let everything
 * through. Every `where` that reaches a SQL adapter, from a query or from a read rule, gets the
 * wildcards here. MongoDB adapters are left as they are.
 */
export const withNotLikeFix = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    if (!['postgres', 'sqlite'].includes(adapter.name)) {
      return adapter
    }
    const methods = adapter as unknown as Record<string, unknown>
    for (const name of queried) {
      const method = methods[name]
      if (typeof method !== 'function') {
        continue
      }
      methods[name] = function (this: unknown, first: unknown, ...rest: unknown[]) {
        const where = (first as { where?: Where } | undefined)?.where
        return method.call(
          this,
          where && typeof where === 'object'
            ? { ...(first as object), where: containsNot(where) }
            : first,
          ...rest,
        )
      }
    }
    return adapter
  },
})
