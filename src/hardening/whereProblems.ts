import type { FlattenedField } from 'payload'

import type { ClinicT } from '../translations/translated.js'

import { en } from '../translations/en.js'
import { translationNamespace } from '../translations/namespace.js'
import { type IdShape, isPossibleId } from './possibleId.js'
import { isStorableDate } from './storableDate.js'

/**
 * What checking a query needs to know of the app: each collection's fields (to follow
 * relationships) and the database's id type.
 */
export type QuerySchema = {
  /**
   * Whether the database implements `all` (MongoDB does; Payload's SQL adapters fail on it).
   */
  allOperator: boolean
  idShape: IdShape
  fieldsOf: (slug: string) => FlattenedField[] | undefined
}

export type QueryProblem = { message: string; path: string }

/**
 * The plugin's English strings, for callers with no request to take a language from (the dev
 * server's guard, which runs before Payload has made one).
 */
const english: ClinicT = (key, vars = {}) =>
  en[translationNamespace][key].replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    vars[name] === undefined ? placeholder : String(vars[name]),
  )

/**
 * The operators Payload accepts in a `where` condition.
 */
export const whereOperators = new Set([
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
const textOperators = new Set(['contains', 'like', 'not_like'])
const textTypes = new Set(['code', 'email', 'text', 'textarea'])
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

/**
 * The flags a version row has besides the document's own fields.
 */
const versionFlags = new Map<string, FlattenedField>(
  ['autosave', 'latest', 'snapshot'].map((name) => [
    name,
    { name, type: 'checkbox' } as FlattenedField,
  ]),
)

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
const resolve = (schema: QuerySchema, fields: FlattenedField[], path: string): Target => {
  const segments = path.replace(/__/g, '.').split('.')
  const own = (name: string) => fields.some((field) => field.name === name)
  // A query on versions (`/versions`, `versions*` in GraphQL) names the document's fields under
  // `version.`, the document itself as `parent`, and flags of the version row.
  if (segments[0] === 'version' && segments.length > 1 && !own('version')) {
    segments.shift()
  } else if (segments.length === 1 && segments[0] === 'parent' && !own('parent')) {
    return { fields, kind: 'id' }
  } else if (segments.length === 1 && versionFlags.has(segments[0]!) && !own(segments[0]!)) {
    return { field: versionFlags.get(segments[0]!)!, fieldsOf: undefined, kind: 'field' }
  }
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
      typeof related === 'string' ? schema.fieldsOf(related) : undefined
    // A path into rich text is a query on its stored JSON, which Payload's SQLite adapter
    // cannot build (it fails with a server error): it is the rich-text field that is queried.
    if (index === segments.length - 1 || field.type === 'richText') {
      return { field, fieldsOf: relatedFields, kind: 'field' }
    }
    current = related !== undefined ? relatedFields : childFields(field)
  }
  return { kind: 'unknown' }
}

const isRelationValue = (value: unknown) =>
  Boolean(value) &&
  typeof value === 'object' &&
  typeof (value as { relationTo?: unknown }).relationTo === 'string' &&
  ['number', 'string'].includes(typeof (value as { value?: unknown }).value)

const finiteNumbers = (values: unknown[]) =>
  values.every((item) => item !== '' && item !== null && Number.isFinite(Number(item)))

/**
 * What is wrong with a geometry condition's value: `near` takes "longitude,latitude" with an
 * optional maximum and minimum distance; `within` and `intersects` take a GeoJSON geometry.
 */
const geometryProblem = (t: ClinicT, operator: string, value: unknown): null | string => {
  if (operator === 'near') {
    const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
    return parts.length >= 2 && parts.length <= 4 && finiteNumbers(parts) ? null : t('queryNear')
  }
  const geometry = value as { coordinates?: unknown; type?: unknown } | null
  return geometry &&
    typeof geometry === 'object' &&
    typeof geometry.type === 'string' &&
    Array.isArray(geometry.coordinates)
    ? null
    : t('queryGeometry', { operator })
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

const isDate = isStorableDate

const isNumber = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

/**
 * What is wrong with one `operator: value` pair for the field it filters, or null.
 */
const conditionProblem = (
  t: ClinicT,
  schema: QuerySchema,
  target: Target,
  operator: string,
  value: unknown,
): null | string => {
  if (!whereOperators.has(operator)) {
    return t('queryNotOperator', { operator })
  }
  if (
    target.kind === 'field' &&
    Array.isArray((target.field as { relationTo?: unknown }).relationTo) &&
    !(operator === 'equals' && isRelationValue(value))
  ) {
    // Payload's SQL adapters fail on anything else (3.90).
    return t('queryPolymorphicRelation')
  }
  if (operator === 'exists') {
    return [true, false, 'true', 'false'].includes(value as string) ? null : t('queryExistsBoolean')
  }
  const type =
    target.kind === 'unknown' ? 'unknown' : target.kind === 'id' ? 'id' : target.field.type
  if (geometryOperators.has(operator)) {
    const problem = geometryProblem(t, operator, value)
    return type === 'point' && problem === null
      ? null
      : (problem ?? t('queryPointOnly', { operator }))
  }
  if (target.kind === 'unknown') {
    return null
  }
  const hasMany = target.kind === 'field' && 'hasMany' in target.field && target.field.hasMany
  if (operator === 'all' && !(schema.allOperator && hasMany)) {
    return schema.allOperator ? t('queryAllNeedsList') : t('queryAllUnsupported')
  }
  if (type === 'point') {
    return null
  }
  if (type === 'richText') {
    return t('queryRichText')
  }
  // Postgres has no text match for dates, numbers, booleans, options or JSON, and fails;
  // `contains` on a relationship matches one of its ids.
  const textLike =
    textTypes.has(type) ||
    (operator === 'contains' && (type === 'relationship' || type === 'upload'))
  if (textOperators.has(operator) && !textLike) {
    return t('queryTextOnly', { operator })
  }
  const values = valuesOf(operator, value).filter((item) => item !== null && item !== undefined)
  if (values.some((item) => typeof item === 'object' && !(item instanceof Date))) {
    // Polymorphic relationships are matched by { relationTo, value } objects.
    const polymorphic =
      target.kind === 'field' &&
      Array.isArray((target.field as { relationTo?: unknown }).relationTo)
    return polymorphic ? null : t('queryExpectedValue')
  }
  const idFields =
    target.kind === 'id'
      ? target.fields
      : (type === 'relationship' || type === 'upload') && target.kind === 'field'
        ? target.fieldsOf
        : undefined
  const options =
    (type === 'select' || type === 'radio') && target.kind === 'field'
      ? ((target.field as { options?: ({ value: string } | string)[] }).options ?? []).map(
          (option) => (typeof option === 'string' ? option : option.value),
        )
      : undefined
  if (
    options &&
    ['equals', 'in', 'not_equals', 'not_in', 'all'].includes(operator) &&
    !values.every((item) => options.includes(String(item)))
  ) {
    return t('queryExpectedOneOf', { options: options.join(', ') })
  }
  if (type === 'checkbox' && !values.every((item) => ['true', 'false'].includes(String(item)))) {
    return t('expectedBoolean')
  }
  if (type === 'date' && !values.every(isDate)) {
    return t('queryExpectedDate')
  }
  if (
    type === 'number' &&
    !['like', 'contains', 'not_like'].includes(operator) &&
    !values.every(isNumber)
  ) {
    return t('queryExpectedNumber')
  }
  if (
    idFields &&
    ['equals', 'in', 'not_equals', 'not_in', 'all'].includes(operator) &&
    !values.every((item) => isPossibleId(schema.idShape, idFields, item))
  ) {
    return t('expectedDocumentId')
  }
  return null
}

const checkWhere = (
  t: ClinicT,
  schema: QuerySchema,
  fields: FlattenedField[],
  where: unknown,
  depth: number,
  problems: QueryProblem[],
) => {
  if (!where || typeof where !== 'object' || Array.isArray(where)) {
    problems.push({ message: t('queryExpectedConditions'), path: 'where' })
    return
  }
  if (depth > maxWhereDepth) {
    problems.push({
      message: t('queryTooDeep', { max: maxWhereDepth }),
      path: 'where',
    })
    return
  }
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (!Array.isArray(condition)) {
        problems.push({ message: t('queryExpectedConditionList'), path: key })
        continue
      }
      condition.forEach((item) => checkWhere(t, schema, fields, item, depth + 1, problems))
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      problems.push({ message: t('queryExpectedOperator'), path: key })
      continue
    }
    const target = resolve(schema, fields, key)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      const problem = conditionProblem(t, schema, target, operator, value)
      if (problem) {
        problems.push({ message: problem, path: `${key}.${operator}` })
      }
    }
  }
}

/**
 * What is wrong with a `where` for a collection with these fields, path by path: values of the
 * wrong kind for their field (a date that is not a date, a number that is not a number, an id
 * that cannot be one), operators that do not exist or do not apply, conditions that are not
 * objects, nesting beyond the limit. Paths that are not fields are left to Payload, which
 * refuses them itself. Messages are in the language of `t` (the request's).
 */
export const whereProblems = (
  schema: QuerySchema,
  fields: FlattenedField[],
  where: unknown,
  t: ClinicT = english,
): QueryProblem[] => {
  const problems: QueryProblem[] = []
  checkWhere(t, schema, fields, where, 0, problems)
  return problems
}

/**
 * What is wrong with a `joins` argument: each join's `sort` must name a field of the joined
 * collection itself (Payload's SQL adapters fail on a sort through a relationship there), its
 * `where` must pass `whereProblems`, and `limit`/`page` must be whole numbers.
 */
export const joinsProblems = (
  schema: QuerySchema,
  fields: FlattenedField[],
  joins: unknown,
  t: ClinicT = english,
): QueryProblem[] => {
  if (!joins || typeof joins !== 'object' || Array.isArray(joins)) {
    return []
  }
  const problems: QueryProblem[] = []
  for (const [name, query] of Object.entries(joins as Record<string, unknown>)) {
    const join = fields.find((field) => field.type === 'join' && field.name === name)
    if (!join || join.type !== 'join' || !query || typeof query !== 'object') {
      continue
    }
    const { limit, page, sort, where } = query as Record<string, unknown>
    const joined =
      typeof join.collection === 'string' ? schema.fieldsOf(join.collection) : undefined
    for (const [key, value] of [
      ['limit', limit],
      ['page', page],
    ] as const) {
      if (value !== undefined && !/^\d{1,9}$/.test(String(value))) {
        problems.push({ message: t('queryExpectedWholeNumber'), path: `joins.${name}.${key}` })
      }
    }
    if (sort !== undefined) {
      const paths = (Array.isArray(sort) ? sort : String(sort).split(',')).map((item) =>
        String(item).trim().replace(/^[-+]/, ''),
      )
      if (
        paths.some(
          (path) =>
            path.includes('.') ||
            (joined && path && !joined.some((field) => field.name === path) && path !== 'id'),
        )
      ) {
        problems.push({
          message: t('queryJoinSort'),
          path: `joins.${name}.sort`,
        })
      }
    }
    if (where !== undefined && joined) {
      problems.push(
        ...whereProblems(schema, joined, where, t).map((problem) => ({
          ...problem,
          path: `joins.${name}.where.${problem.path}`,
        })),
      )
    }
  }
  return problems
}

/**
 * The one sentence both the plugin and the server answer a refused query with, in the language
 * of `t`.
 */
export const describeQueryProblems = (problems: QueryProblem[], t: ClinicT = english): string =>
  t('queryNotValid', {
    problems: problems.map(({ message, path }) => `${path}: ${message}`).join(' '),
  })
