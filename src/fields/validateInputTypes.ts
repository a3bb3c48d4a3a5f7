import type {
  CollectionBeforeOperationHook,
  Field,
  GlobalBeforeValidateHook,
  PayloadRequest,
} from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { type ClinicT, clinicT, translate } from '../translations/translated.js'
import { lexicalProblem } from '../hardening/lexicalShape.js'
import { isOrderKey } from '../hardening/orderKey.js'
import { idShapeOf, isPossibleId } from '../hardening/possibleId.js'
import { isStorableDate } from '../hardening/storableDate.js'

type Problem = { message: string; path: string }

/**
 * A document a write points at, to be checked for existence.
 */
type Reference = { id: number | string; path: string; relationTo: string }

const isId = (value: unknown) =>
  typeof value === 'number' || (typeof value === 'string' && value !== '')

const isRelationValue = (value: unknown, polymorphic: boolean): boolean => {
  if (value === null) {
    return true
  }
  if (polymorphic) {
    return (
      typeof value === 'object' &&
      typeof (value as { relationTo?: unknown }).relationTo === 'string' &&
      isRelationValue((value as { value?: unknown }).value, false)
    )
  }
  return isId(value) || (typeof value === 'object' && isId((value as { id?: unknown }).id))
}

/**
 * Text with nothing to read: spaces, and characters that print as nothing (zero-width spaces and
 * joiners, the byte-order mark, the Braille and Hangul blanks).
 */
const isBlank = (text: string) =>
  /^[\s\u00ad\u115f\u1160\u180e\u200b-\u200f\u2060-\u2064\u2800\u3164\ufeff\uffa0]+$/.test(text)

/**
 * What a value must be for its field, or a sentence saying what was expected.
 */
const typeProblem = (t: ClinicT, field: Field, value: unknown): null | string => {
  if (value === undefined) {
    return null
  }
  if (value === null) {
    // Payload reads a null group or list as one and fails on it.
    if (field.type === 'group' && 'name' in field) {
      return t('inputExpectedObjectNotNull')
    }
    return field.type === 'array' || field.type === 'blocks' ? t('inputExpectedRowsNotNull') : null
  }
  switch (field.type) {
    case 'code':
    case 'email':
    case 'text':
    case 'textarea': {
      const many = 'hasMany' in field && field.hasMany
      // Payload stores nothing for a single value sent to a list field, and says nothing.
      if (many && !Array.isArray(value)) {
        return t('inputExpectedTexts')
      }
      const strings = many ? (value as unknown[]) : [value]
      if (strings.some((item) => typeof item !== 'string')) {
        return many ? t('inputExpectedTexts') : t('inputExpectedText')
      }
      if (strings.some((item) => (item as string).includes('\u0000'))) {
        return t('inputTextNul')
      }
      // Payload's `required` is satisfied by "   "; a required text must say something.
      if ('required' in field && field.required && isBlank(String(value))) {
        return t('inputTextBlank')
      }
      return null
    }
    case 'number': {
      const many = 'hasMany' in field && field.hasMany
      if (many && !Array.isArray(value)) {
        return t('inputExpectedNumbers')
      }
      const numbers = many ? (value as unknown[]) : [value]
      // Form submissions may send numbers as text; Payload converts those. Beyond the safe
      // integers a number does not read back (SQLite's driver refuses to, on every later read).
      const storable = (item: number) =>
        Number.isFinite(item) && Math.abs(item) <= Number.MAX_SAFE_INTEGER
      return numbers.every(
        (item) =>
          (typeof item === 'number' && storable(item)) ||
          (typeof item === 'string' && (item === '' || storable(Number(item)))),
      )
        ? null
        : t('inputExpectedNumberBetween', {
            max: String(Number.MAX_SAFE_INTEGER),
            min: String(-Number.MAX_SAFE_INTEGER),
          })
    }
    case 'checkbox':
      return typeof value === 'boolean' || value === 'true' || value === 'false'
        ? null
        : t('expectedBoolean')
    case 'date':
      return isStorableDate(value) ? null : t('inputExpectedDate')
    case 'radio':
    case 'select': {
      // Drafts skip Payload's own option check, and the database then refuses the value.
      const allowed = new Set(
        field.options.map((option) => (typeof option === 'string' ? option : option.value)),
      )
      const listed = [...allowed].map((option) => `"${option}"`).join(', ')
      const many = 'hasMany' in field && field.hasMany
      if (many) {
        return Array.isArray(value) && value.every((item) => allowed.has(item as string))
          ? null
          : t('inputExpectedOptionList', { options: listed })
      }
      return value === '' || allowed.has(value as string)
        ? null
        : t('inputExpectedOption', { options: listed })
    }
    case 'relationship':
    case 'upload': {
      const polymorphic = Array.isArray(field.relationTo)
      if ('hasMany' in field && field.hasMany) {
        return Array.isArray(value) && value.every((item) => isRelationValue(item, polymorphic))
          ? null
          : t('inputExpectedDocumentIds')
      }
      return isRelationValue(value, polymorphic) ? null : t('expectedDocumentId')
    }
    case 'richText':
      return lexicalProblem(value)
    case 'array':
    case 'blocks':
      // The admin panel sends an empty list as its row count, 0. Any other number would pass
      // Payload's minRows check (it reads a number as a row count) while storing no rows.
      return Array.isArray(value) || value === 0 ? null : t('inputExpectedRows')
    case 'group':
      return typeof value === 'object' && !Array.isArray(value) ? null : t('inputExpectedObject')
    case 'point':
      return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number')
        ? null
        : t('inputExpectedPoint')
    default:
      return null
  }
}

const check = (
  t: ClinicT,
  fields: Field[],
  data: unknown,
  prefix: string,
  problems: Problem[],
  references: Reference[],
) => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return
  }
  const values = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      check(t, field.fields, data, prefix, problems, references)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          check(t, tab.fields, values[tab.name], `${prefix}${tab.name}.`, problems, references)
        } else {
          check(t, tab.fields, data, prefix, problems, references)
        }
      }
      continue
    }
    if (!('name' in field) || field.type === 'ui' || field.type === 'join') {
      continue
    }
    if ('virtual' in field && field.virtual) {
      continue
    }
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    const problem = typeProblem(t, field, value)
    if (problem) {
      problems.push({ message: problem, path })
      continue
    }
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      value !== null &&
      value !== undefined
    ) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const target = Array.isArray(field.relationTo)
          ? (item as { relationTo: string; value: unknown })
          : { relationTo: field.relationTo, value: item }
        const id =
          target.value && typeof target.value === 'object'
            ? (target.value as { id: unknown }).id
            : target.value
        references.push({ id: id as number | string, path, relationTo: target.relationTo })
      }
    } else if (field.type === 'group') {
      check(t, field.fields, value, `${path}.`, problems, references)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (!row || typeof row !== 'object' || Array.isArray(row)) {
          problems.push({ message: t('inputExpectedRowObject'), path: `${path}.${index}` })
        } else {
          check(t, field.fields, row, `${path}.${index}.`, problems, references)
        }
      })
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = field.blocks.find(
          (candidate) => candidate.slug === (row as { blockType?: unknown })?.blockType,
        )
        if (!block) {
          problems.push({ message: t('inputUnknownBlock'), path: `${path}.${index}.blockType` })
        } else {
          check(t, block.fields, row, `${path}.${index}.`, problems, references)
        }
      })
    }
  }
}

/**
 * Treats every write as untrusted before Payload or any hook reads it: the body must be an
 * object, each value must have its field's type (text is text, lists are lists, rich text is a
 * well-formed Lexical document), and text may not carry NUL characters, which some databases
 * silently cut at. Otherwise the API answers 400 naming each field and what was expected, and
 * nothing is written. Runs before the operation, so Payload's own hooks never see bad shapes.
 * For editors, every document a write points at must exist.
 */
export const validateInputTypes =
  (options: SanitizedSmpClinicOptions): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') {
      return args
    }
    const data: unknown = (args as { data?: unknown }).data
    if (data === undefined && operation === 'update') {
      return args
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ message: translate(req, 'inputExpectedDocument'), path: 'data' }],
        req,
      })
    }
    const problems: Problem[] = []
    const references: Reference[] = []
    check(clinicT(req.t), collection.fields, data, '', problems, references)
    const order = (data as { _order?: unknown })._order
    if (order !== undefined && order !== null && !isOrderKey(order)) {
      problems.push({
        message: translate(req, 'inputExpectedOrderKey'),
        path: '_order',
      })
    }
    // Only for editors: anyone else is refused by access next, and must not learn which ids exist.
    if (!problems.length && references.length && (await options.access.canEdit({ req }))) {
      problems.push(...(await missingReferences(req, references)))
    }
    if (problems.length) {
      throw new ValidationError({ collection: collection.slug, errors: problems, req })
    }
    return args
  }

/**
 * The references that name no stored document (or not one of the right collection), one query
 * per collection pointed at. The database would refuse them with a foreign-key error.
 */
const missingReferences = async (req: PayloadRequest, references: Reference[]) => {
  const problems: Problem[] = []
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references) {
    byCollection.set(reference.relationTo, [
      ...(byCollection.get(reference.relationTo) ?? []),
      reference,
    ])
  }
  for (const [slug, wanted] of byCollection) {
    const collection = req.payload.collections[slug]
    const possible = wanted.filter(
      (reference) =>
        collection &&
        isPossibleId(idShapeOf(req.payload.db), collection.config.flattenedFields, reference.id),
    )
    const found = possible.length
      ? await req.payload.find({
          collection: slug,
          depth: 0,
          limit: 0,
          overrideAccess: true,
          pagination: false,
          req,
          select: {},
          trash: true,
          where: { id: { in: [...new Set(possible.map((reference) => reference.id))] } },
        })
      : { docs: [] }
    const existing = new Set(found.docs.map((doc) => String(doc.id)))
    for (const reference of wanted) {
      if (!existing.has(String(reference.id))) {
        problems.push({
          message: translate(req, 'requestMissingDocument', {
            collection: slug,
            id: JSON.stringify(reference.id),
          }),
          path: reference.path,
        })
      }
    }
  }
  return problems
}

/**
 * The same check for a global's writes (the clinic settings): each value must have its field's
 * type before Payload or the database sees it (a list where text belongs is a 400 naming the
 * field, not a database error), and nothing is written otherwise.
 */
export const validateGlobalInputTypes: GlobalBeforeValidateHook = ({ data, global, req }) => {
  if (data === undefined || data === null) {
    return data
  }
  const problems: Problem[] = []
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ message: translate(req, 'inputExpectedDocument'), path: 'data' })
  } else {
    check(clinicT(req.t), global.fields, data, '', problems, [])
  }
  if (problems.length) {
    throw new ValidationError({ errors: problems, global: global.slug, req })
  }
  return data
}
