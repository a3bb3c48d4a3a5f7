import type {
  Access,
  CollectionBeforeOperationHook,
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import {
  appendVersionToQueryKey,
  buildVersionCollectionFields,
  executeAccess,
  getLocalizedPaths,
  QueryError,
  validateQueryPaths,
} from 'payload'

import { readPolicies, type ReadPolicies } from './readPolicies.js'
import { whereOperators } from './whereProblems.js'
import { overridesAccess } from './overridesAccess.js'

type Collection = Parameters<CollectionBeforeOperationHook>[0]['collection']
type Operation = Parameters<CollectionBeforeOperationHook>[0]['operation']

/**
 * The operations whose query Payload checks, with the access it decides first (a reader refused
 * outright gets Payload's 403, not a 400 about a path) and whether the paths are the version
 * table's (`parent`, `version.title`, `latest`). Payload names a read of versions `read`, like
 * any read, so those are told apart by their paths below.
 */
const queried: Partial<
  Record<string, { access: 'delete' | 'read' | 'readVersions' | 'update'; versions: boolean }>
> = {
  count: { access: 'read', versions: false },
  countVersions: { access: 'readVersions', versions: true },
  delete: { access: 'delete', versions: false },
  read: { access: 'read', versions: false },
  readDistinct: { access: 'read', versions: false },
  update: { access: 'update', versions: false },
}

const refusedOutright = async (req: PayloadRequest, access: Access | undefined) =>
  access !== undefined && (await executeAccess({ disableErrors: true, req }, access)) === false

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .map((path) => String(path).trim().replace(/^[-+]/, '').replace(/__/g, '.'))
    .filter((path) => path && path !== 'id' && path !== '_id')

/**
 * A sort is checked as Payload checks it: as an `exists` condition on each path it names that
 * leads to a field (Payload ignores a sort by anything else).
 */
const sortConditions = (
  config: SanitizedCollectionConfig,
  sort: unknown,
  req: PayloadRequest,
  fields: FlattenedField[] = config.flattenedFields,
): Where[] =>
  sortPaths(sort)
    .filter((path) =>
      getLocalizedPaths({
        collectionSlug: config.slug,
        fields,
        incomingPath: path,
        locale: req.locale ?? undefined,
        overrideAccess: true,
        payload: req.payload,
      }).every(({ invalid }) => !invalid),
    )
    .map((path) => ({ [path]: { exists: true } }))

/**
 * Whether any path in a query passes through two relationships (`a.b.c` or deeper).
 */
const reachesTwoDeep = (value: unknown, depth = 0): boolean => {
  if (!value || typeof value !== 'object' || depth > 40) {
    return false
  }
  return Object.entries(value as Record<string, unknown>).some(
    ([key, inner]) =>
      key.replace(/__/g, '.').split('.').length > 2 || reachesTwoDeep(inner, depth + 1),
  )
}

/**
 * Whether a query names only the collection's own fields (no path through a relationship or
 * join), each with plain operators. Payload checks such a query itself, awaited, and answers a
 * refused path with its 400: the check below is for what it leaves unawaited, so such queries skip
 * it rather than being checked twice.
 */
const ownFieldsOnly = (where: unknown, depth = 0): boolean => {
  if (where === undefined || where === null) {
    return true
  }
  if (typeof where !== 'object' || Array.isArray(where) || depth > 40) {
    return false
  }
  return Object.entries(where as Record<string, unknown>).every(([key, value]) => {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      return Array.isArray(value) && value.every((inner) => ownFieldsOnly(inner, depth + 1))
    }
    return (
      !key.includes('.') &&
      !key.includes('__') &&
      Boolean(value) &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value as object).every((operator) => whereOperators.has(operator))
    )
  })
}

type Check = {
  conditions: Where[]
  config: SanitizedCollectionConfig
  overrideAccess: boolean
  policies: () => Promise<ReadPolicies | undefined>
  req: PayloadRequest
  /**
   * The version table's fields, to check the paths against them instead of the collection's.
   */
  versionFields?: FlattenedField[]
  /**
   * Prefix each path with `version.` first, as Payload does for a draft read.
   */
  prefixed?: boolean
}

/**
 * Checks one collection's conditions with Payload's own path check, on a copy (the check writes
 * access conditions into the query it is given, which Payload adds again when it runs).
 */
const checkConditions = async ({
  conditions,
  config,
  overrideAccess,
  policies,
  prefixed,
  req,
  versionFields,
}: Check) => {
  if (!conditions.length) {
    return
  }
  let where: Where
  try {
    where = structuredClone({ and: conditions })
  } catch {
    // A query that cannot be copied (a Local API caller's own objects) is left to Payload.
    return
  }
  await validateQueryPaths({
    collectionConfig: config,
    errors: [],
    overrideAccess,
    policies: overrideAccess ? undefined : await policies(),
    req,
    versionFields,
    where: prefixed ? appendVersionToQueryKey(where) : where,
  })
}

/**
 * Checks a query's `where`, `sort` and each join's `where` and `sort` with Payload's own path
 * check, before Payload runs it and awaited throughout, so a path Payload refuses is a 400 here
 * (its `QueryError`) and never a rejection left behind. Payload starts the checks of separate
 * joins without awaiting them in turn, and does not await a check through two relationships.
 */
export const checkQueryPaths = async ({
  collection,
  draft,
  joins,
  operation,
  overrideAccess = false,
  req,
  sort,
  where,
}: {
  collection: Collection
  draft?: unknown
  joins: unknown
  operation: Operation
  overrideAccess?: boolean
  req: PayloadRequest
  sort: unknown
  where: unknown
}) => {
  const checked = queried[operation]
  const asked =
    (where && typeof where === 'object') ||
    sortPaths(sort).length ||
    (joins && typeof joins === 'object')
  const ownPathsOnly =
    ownFieldsOnly(where) &&
    sortPaths(sort).every((path) => !path.includes('.')) &&
    !(joins && typeof joins === 'object')
  if (
    !checked ||
    !asked ||
    ownPathsOnly ||
    (!overrideAccess && (await refusedOutright(req, collection.access[checked.access])))
  ) {
    return
  }
  let known: Promise<ReadPolicies | undefined> | undefined
  const deep =
    reachesTwoDeep(where) ||
    reachesTwoDeep(joins) ||
    sortPaths(sort).some((path) => path.split('.').length > 2)
  // Every collection's read permissions, worked out before the check starts. Payload (3.90) works
  // them out lazily while it checks a path through two relationships, and the nested check it
  // starts after that wait is never awaited: a refused path anywhere else in the query then
  // rejects it with nobody listening, which ends a Node process. With the permissions known in
  // advance every nested check starts at once and is awaited.
  const policies = () => (known ??= deep ? readPolicies(req) : Promise.resolve(undefined))
  const check = { config: collection, overrideAccess, policies, req }
  const conditions = where && typeof where === 'object' ? [where as Where] : []
  const versionFields = () => buildVersionCollectionFields(req.payload.config, collection, true)
  const onVersions = () => {
    const fields = versionFields()
    return checkConditions({
      ...check,
      conditions: [...conditions, ...sortConditions(collection, sort, req, fields)],
      versionFields: fields,
    })
  }
  if (draft && operation === 'read' && collection.versions?.drafts) {
    // A draft read queries the version table, and Payload checks its `where` there; the sort
    // stays on the collection's own fields.
    await checkConditions({ ...check, conditions, prefixed: true, versionFields: versionFields() })
    await checkConditions({ ...check, conditions: sortConditions(collection, sort, req) })
  } else if (checked.versions) {
    await onVersions()
    return
  } else {
    try {
      await checkConditions({
        ...check,
        conditions: [...conditions, ...sortConditions(collection, sort, req)],
      })
    } catch (error) {
      // Payload names a read of versions `read` as well: a query valid on the version table is
      // one, and Payload checks it there.
      // A sort the version table does not have (the collection's own path, refused above) is
      // not one: the version check would pass it by leaving it out, and Payload's own sort
      // check would then refuse it with rejections nobody awaits.
      if (
        !(operation === 'read' && collection.versions && error instanceof QueryError) ||
        sortConditions(collection, sort, req, versionFields()).length <
          sortConditions(collection, sort, req).length
      ) {
        throw error
      }
      await onVersions().catch(() => Promise.reject(error))
      return
    }
  }
  if (!joins || typeof joins !== 'object') {
    return
  }
  for (const field of collection.flattenedFields) {
    const query = (joins as Record<string, unknown>)[field.name]
    const joined =
      field.type === 'join' && typeof field.collection === 'string'
        ? req.payload.collections[field.collection]?.config
        : undefined
    // Payload leaves out, unchecked, a join the reader may not read at all.
    if (
      !joined ||
      !query ||
      typeof query !== 'object' ||
      (!overrideAccess && (await refusedOutright(req, joined.access.read)))
    ) {
      continue
    }
    const { sort: joinSort, where: joinWhere } = query as { sort?: unknown; where?: unknown }
    const conditions = [
      ...(joinWhere && typeof joinWhere === 'object' ? [joinWhere as Where] : []),
      ...sortConditions(joined, joinSort, req),
    ]
    await checkConditions({ ...check, conditions, config: joined })
  }
}

/**
 * The same check as a hook, for a host's collections that point at clinic content (their
 * queries reach the plugin's collections through those relationships).
 */
export const checkHostQueryPaths: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  const { draft, joins, sort, where } = args as {
    draft?: unknown
    joins?: unknown
    sort?: unknown
    where?: unknown
  }
  await checkQueryPaths({
    collection,
    draft,
    joins,
    operation,
    overrideAccess: overridesAccess({ args, overrideAccess }),
    req,
    sort,
    where,
  })
  return args
}
