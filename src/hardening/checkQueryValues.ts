import type { CollectionBeforeOperationHook, Payload } from 'payload'

import { APIError, NotFound } from 'payload'

import { clinicT, type ClinicT } from '../translations/translated.js'
import { idShapeOf, isPossibleId } from './possibleId.js'
import { checkQueryPaths } from './checkQueryPaths.js'
import {
  describeQueryProblems,
  joinsProblems,
  type QuerySchema,
  whereProblems,
} from './whereProblems.js'
import { overridesAccess } from './overridesAccess.js'

const querySchema = (payload: Payload): QuerySchema => ({
  allOperator: payload.db.name === 'mongoose',
  idShape: idShapeOf(payload.db),
  fieldsOf: (slug) => payload.collections[slug]?.config.flattenedFields,
})

const checkCount = (t: ClinicT, name: string, value: unknown, min: number) => {
  if (
    value !== undefined &&
    value !== null &&
    !(Number.isSafeInteger(value) && (value as number) >= min)
  ) {
    throw new APIError(t('queryCountNotWhole', { min, name }), 400, undefined, true)
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
  operation,
  overrideAccess,
  req,
}) => {
  const { id, draft, joins, limit, page, sort, where } = args as {
    draft?: unknown
    id?: unknown
    joins?: unknown
    limit?: unknown
    page?: unknown
    sort?: unknown
    where?: unknown
  }
  if (
    id !== undefined &&
    !isPossibleId(idShapeOf(req.payload.db), collection.flattenedFields, id)
  ) {
    throw new NotFound(req.t)
  }
  const t = clinicT(req.t)
  checkCount(t, 'limit', limit, 0)
  checkCount(t, 'page', page, 1)
  const schema = querySchema(req.payload)
  const problems = [
    ...(where !== undefined && where !== null
      ? whereProblems(schema, collection.flattenedFields, where, t)
      : []),
    ...joinsProblems(schema, collection.flattenedFields, joins, t),
  ]
  if (problems.length) {
    throw new APIError(describeQueryProblems(problems, t), 400, { errors: problems }, true)
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
