import type { CollectionBeforeOperationHook, FlattenedField, Payload } from 'payload'

import { APIError, NotFound } from 'payload'

import { isPossibleId } from '../utilities/possibleId.js'

const operators = new Set([
  'all',
  'contains',
  'equals',
  'exists',
  'greater_than',
  'greater_than_equal',
  'in',
  'intersects',
  'less_than',
  'less_than_equal',
  'like',
  'near',
  'not_equals',
  'not_in',
  'not_like',
  'within',
])
const listOperators = new Set(['all', 'in', 'not_in'])
const geometryOperators = new Set(['intersects', 'near', 'within'])

/**
 * How deep `and`/`or` may nest. The admin's filters use two levels; the bound keeps a crafted
 * query from costing more to check than to refuse.
 */
const maxWhereDepth = 12

type Target =
  | { field: FlattenedField; fieldsOf: FlattenedField[] | undefined; kind: 'field' }
  | { fields: FlattenedField[]; kind: 'id' }
  | { kind: 'unknown' }

const childFields = (field: FlattenedField): FlattenedField[] | undefined => {
  if (field.type === 'blocks') {
    return field.blocks.flatMap((block) => block.flattenedFields)
  }
  return 'flattenedFields' in field ? (field.flattenedFields as FlattenedField[]) : undefined
}

/**
 * The field a query path ends at, following relationships and joins into the collections they
 * point at (editors may query through them), or `unknown` for what Payload validates itself.
 */
const resolve = (payload: Payload, fields: FlattenedField[], path: string): Target => {
  const segments = path.replace(/__/g, '.').split('.')
  let current: FlattenedField[] | undefined = fields
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!
    if ((segment === 'id' || segment === '_id') && current && index === segments.length - 1) {
      return { fields: current, kind: 'id' }
    }
    const field: FlattenedField | undefined = current?.find(
      (candidate) => candidate.name === segment,
    )
    if (!field) {
      return { kind: 'unknown' }
    }
    const related: string | string[] | undefined =
      field.type === 'relationship' || field.type === 'upload'
        ? field.relationTo
        : field.type === 'join'
          ? field.collection
          : undefined
    const relatedFields: FlattenedField[] | undefined =
      typeof related === 'string' ? payload.collections[related]?.config.flattenedFields : undefined
    if (index === segments.length - 1) {
      return { field, fieldsOf: relatedFields, kind: 'field' }
    }
    current = related !== undefined ? relatedFields : childFields(field)
  }
  return { kind: 'unknown' }
}

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (listOperators.has(operator)) {
    if (Array.isArray(value)) {
      return value
    }
    return typeof value === 'string' ? value.split(',') : [value]
  }
  return [value]
}

const isDate = (value: unknown) =>
  value instanceof Date || (typeof value === 'string' && !Number.isNaN(Date.parse(value)))

const isNumber = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

/**
 * What is wrong with one `operator: value` pair for the field it filters, or null.
 */
const conditionProblem = (
  payload: Payload,
  target: Target,
  operator: string,
  value: unknown,
): null | string => {
  if (!operators.has(operator)) {
    return `"${operator}" is not a query operator.`
  }
  if (operator === 'exists') {
    return [true, false, 'true', 'false'].includes(value as string)
      ? null
      : '"exists" takes true or false.'
  }
  if (target.kind === 'unknown') {
    return null
  }
  const type = target.kind === 'id' ? 'id' : target.field.type
  if (geometryOperators.has(operator) !== (type === 'point')) {
    return `"${operator}" does not apply to this field.`
  }
  if (type === 'point') {
    return null
  }
  const values = valuesOf(operator, value).filter((item) => item !== null && item !== undefined)
  if (values.some((item) => typeof item === 'object' && !(item instanceof Date))) {
    // Polymorphic relationships are matched by { relationTo, value } objects.
    const polymorphic =
      target.kind === 'field' &&
      Array.isArray((target.field as { relationTo?: unknown }).relationTo)
    return polymorphic ? null : 'Expected a value, not an object.'
  }
  const idFields =
    target.kind === 'id'
      ? target.fields
      : (type === 'relationship' || type === 'upload') && target.kind === 'field'
        ? target.fieldsOf
        : undefined
  if (type === 'date' && !values.every(isDate)) {
    return 'Expected a date (ISO 8601).'
  }
  if (
    type === 'number' &&
    !['like', 'contains', 'not_like'].includes(operator) &&
    !values.every(isNumber)
  ) {
    return 'Expected a number.'
  }
  if (
    idFields &&
    ['equals', 'in', 'not_equals', 'not_in', 'all'].includes(operator) &&
    !values.every((item) => isPossibleId(payload.db.defaultIDType, idFields, item))
  ) {
    return 'Expected a document id.'
  }
  return null
}

const checkWhere = (
  payload: Payload,
  fields: FlattenedField[],
  where: unknown,
  depth: number,
  problems: { message: string; path: string }[],
) => {
  if (!where || typeof where !== 'object' || Array.isArray(where)) {
    problems.push({ message: 'Expected an object of conditions.', path: 'where' })
    return
  }
  if (depth > maxWhereDepth) {
    problems.push({
      message: `Conditions may nest at most ${maxWhereDepth} levels.`,
      path: 'where',
    })
    return
  }
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (!Array.isArray(condition)) {
        problems.push({ message: 'Expected a list of conditions.', path: key })
        continue
      }
      condition.forEach((item) => checkWhere(payload, fields, item, depth + 1, problems))
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      problems.push({ message: 'Expected an operator, for example [equals].', path: key })
      continue
    }
    const target = resolve(payload, fields, key)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      const problem = conditionProblem(payload, target, operator, value)
      if (problem) {
        problems.push({ message: problem, path: `${key}.${operator}` })
      }
    }
  }
}

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
export const checkQueryValues: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { id, limit, page, where } = args as {
    id?: unknown
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
  if (where !== undefined && where !== null) {
    const problems: { message: string; path: string }[] = []
    checkWhere(req.payload, collection.flattenedFields, where, 0, problems)
    if (problems.length) {
      const listed = problems.map(({ message, path }) => `${path}: ${message}`).join(' ')
      throw new APIError(`The query is not valid. ${listed}`, 400, { errors: problems }, true)
    }
  }
  return args
}
