import { HttpProblem } from './problem.js'

/**
 * Bounds on the numbers a REST query may carry. Payload passes them straight to the database,
 * where a fraction, NaN or an offset beyond 2^63 is a server error rather than a refusal.
 */
export const queryBounds = {
  // Payload lowers a deeper request to its own `maxDepth` (10 by default).
  depth: 100,
  limit: 10_000,
  page: 1_000_000,
} as const

const objectParams = {
  joins: 'joins[field][limit]=5',
  populate: 'populate[collection][field]=true',
  select: 'select[field]=true',
  where: 'where[field][equals]=value',
} as const
const booleanParams = ['draft', 'pagination', 'trash', 'overrideLock', 'autosave'] as const
const textParams = ['locale', 'fallback-locale', 'fallbackLocale', 'field'] as const

const refuse = (message: string) => new HttpProblem(400, message)

const wholeNumber = (name: keyof typeof queryBounds, value: unknown, min: number) => {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^\d{1,15}$/.test(text)) {
    throw refuse(`"${name}" must be a whole number from ${min} to ${queryBounds[name]}.`)
  }
  const number = Number(text)
  if (number < min || number > queryBounds[name]) {
    throw refuse(`"${name}" must be a whole number from ${min} to ${queryBounds[name]}.`)
  }
}

const isObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * `data` (a read by id answers with it in place of the stored document): JSON text of an object,
 * or an object. Payload parses the text and fails on anything else (500).
 */
const checkData = (data: unknown) => {
  if (data === undefined || data === '' || isObject(data)) {
    return
  }
  let parsed: unknown
  try {
    parsed = typeof data === 'string' ? JSON.parse(data) : data
  } catch {
    parsed = undefined
  }
  if (!isObject(parsed)) {
    throw refuse('"data" must be a JSON object (the document to show in place of the stored one).')
  }
}

/**
 * Checks the shape of a parsed REST query (the query string, or the body of a POST sent with
 * `X-HTTP-Method-Override: GET`): each parameter once, numbers whole and in range, `where` and
 * the other structured parameters objects, switches true or false. Unknown parameters are left
 * to the endpoint that reads them.
 */
export const checkQuery = (query: Record<string, unknown>): void => {
  for (const [name, min] of [
    ['limit', 0],
    ['page', 1],
    ['depth', 0],
  ] as const) {
    const value = query[name]
    // An empty value (`?depth=`) is read by Payload as absent, and so it is here.
    if (value === undefined || value === '') {
      continue
    }
    if (Array.isArray(value)) {
      throw refuse(`"${name}" was given more than once.`)
    }
    wholeNumber(name, value, min)
  }
  for (const [name, example] of Object.entries(objectParams)) {
    const value = query[name]
    // `joins=false` turns every join off.
    if (name === 'joins' && (value === 'false' || value === false)) {
      continue
    }
    if (
      value !== undefined &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    ) {
      throw refuse(`"${name}" must be an object, for example ${example}.`)
    }
  }
  for (const name of booleanParams) {
    const value = query[name]
    if (value !== undefined && !['true', 'false', true, false].includes(value as string)) {
      throw refuse(`"${name}" must be true or false.`)
    }
  }
  for (const name of textParams) {
    const value = query[name]
    if (value !== undefined && typeof value !== 'string') {
      throw refuse(`"${name}" must be given once, as text.`)
    }
  }
  checkData(query.data)
  const sort = query.sort
  if (
    sort !== undefined &&
    typeof sort !== 'string' &&
    !(Array.isArray(sort) && sort.every((item) => typeof item === 'string'))
  ) {
    throw refuse('"sort" must be a field name or a list of field names.')
  }
}
