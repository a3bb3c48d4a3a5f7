import type { CollectionBeforeOperationHook, Payload, Where } from 'payload'

import { APIError, NotFound, validateQueryPaths } from 'payload'

import { isPossibleId } from '../utilities/possibleId.js'
import {
  describeQueryProblems,
  joinsProblems,
  type QuerySchema,
  whereProblems,
} from '../utilities/whereProblems.js'

const querySchema = (payload: Payload): QuerySchema => ({
  allOperator: payload.db.name === 'mongoose',
  defaultIDType: payload.db.defaultIDType,
  fieldsOf: (slug) => payload.collections[slug]?.config.flattenedFields,
})

const checkCount = (name: string, value: unknown, min: number) => {
  if (
    value !== undefined &&
    value !== null &&
    !(Number.isSafeInteger(value) && (value as number) >= min)
  ) {
    throw new APIError(`"${name}" must be a whole number of at least ${min}.`, 400, undefined, true)
  }
}

/**
 * Checks what a query asks for before Payload hands it to the database, for every reader (editors
 * included): an id that cannot exist is 404; a `where` value of the wrong kind for its field (a
 * date that is not a date, a number that is not a number, an id that cannot be one), an unknown
 * operator or an over-deep condition is 400 naming the path; `limit` and `page` must be whole
 * numbers. The database would otherwise fail on them with a server error.
 */
export const checkQueryValues: CollectionBeforeOperationHook = async ({
  args,
  collection,
  overrideAccess,
  req,
}) => {
  const { id, joins, limit, page, where } = args as {
    id?: unknown
    joins?: unknown
    limit?: unknown
    page?: unknown
    where?: unknown
  }
  if (
    id !== undefined &&
    !isPossibleId(req.payload.db.defaultIDType, collection.flattenedFields, id)
  ) {
    throw new NotFound(req.t)
  }
  checkCount('limit', limit, 0)
  checkCount('page', page, 1)
  const schema = querySchema(req.payload)
  const problems = [
    ...(where !== undefined && where !== null
      ? whereProblems(schema, collection.flattenedFields, where)
      : []),
    ...joinsProblems(schema, collection.flattenedFields, joins),
  ]
  if (problems.length) {
    throw new APIError(describeQueryProblems(problems), 400, { errors: problems }, true)
  }
  await checkJoinPaths({ collection, joins, overrideAccess, req })
  return args
}

/**
 * Validates each join's `where` and `sort` paths the way Payload does, but before Payload and
 * awaited. Payload (3.90) starts these checks for every join and awaits them only after the
 * next join's access check, so a refused path is an unhandled rejection in between, which ends
 * a Node process: one anonymous request with a hidden field in a join's `where` took the
 * server down.
 */
const checkJoinPaths = async ({
  collection,
  joins,
  overrideAccess,
  req,
}: {
  collection: Parameters<CollectionBeforeOperationHook>[0]['collection']
  joins: unknown
  overrideAccess?: boolean
  req: Parameters<CollectionBeforeOperationHook>[0]['req']
}) => {
  if (!joins || typeof joins !== 'object') {
    return
  }
  for (const field of collection.flattenedFields) {
    const query = (joins as Record<string, unknown>)[field.name]
    if (field.type !== 'join' || typeof field.collection !== 'string') {
      continue
    }
    if (!query || typeof query !== 'object') {
      continue
    }
    const joined = req.payload.collections[field.collection]?.config
    if (!joined) {
      continue
    }
    const { sort, where } = query as { sort?: unknown; where?: unknown }
    const sortPaths = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
      .map((path) => String(path).trim().replace(/^[-+]/, '').replace(/__/g, '.'))
      .filter((path) => path && path !== 'id' && path !== '_id')
    const conditions = [
      ...(where && typeof where === 'object' ? [where as Where] : []),
      // A sort is checked as Payload checks it: as an `exists` condition on each path.
      ...sortPaths.map((path) => ({ [path]: { exists: true } }) as Where),
    ]
    if (conditions.length) {
      await validateQueryPaths({
        collectionConfig: joined,
        errors: [],
        overrideAccess: Boolean(overrideAccess),
        req,
        where: { and: conditions },
      })
    }
  }
}
