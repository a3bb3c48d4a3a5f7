import type { Field, FieldHook, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { readableIds } from './readableIds.js'
import {
  dropUnpopulatedRelations,
  expectPopulated,
  willPopulate,
} from './dropUnpopulatedRelations.js'

type Id = number | string
type Ref = { collection: string; id: Id }

const isId = (value: unknown): value is Id =>
  typeof value === 'number' || (typeof value === 'string' && value !== '')

/**
 * The document a relationship value points to, whether it is a bare id, a populated document, or
 * the `{ relationTo, value }` shape of a relationship to several collections.
 */
const refOf = (value: unknown, relationTo: string | string[]): null | Ref => {
  if (value === null || value === undefined) {
    return null
  }
  if (Array.isArray(relationTo)) {
    if (typeof value !== 'object') {
      return null
    }
    const { relationTo: collection, value: inner } = value as {
      relationTo?: unknown
      value?: unknown
    }
    const id = inner && typeof inner === 'object' ? (inner as { id?: unknown }).id : inner
    return typeof collection === 'string' && isId(id) ? { collection, id } : null
  }
  const id = typeof value === 'object' ? (value as { id?: unknown }).id : value
  return isId(id) ? { collection: relationTo, id } : null
}

const readableSet = async (req: PayloadRequest, refs: Ref[]) => {
  const byCollection = new Map<string, Id[]>()
  for (const { collection, id } of refs) {
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  }
  const readable = new Set<string>()
  await Promise.all(
    [...byCollection].map(async ([collection, ids]) => {
      for (const id of await readableIds(req, collection, ids)) {
        readable.add(`${collection}:${id}`)
      }
    }),
  )
  return (ref: null | Ref) => ref !== null && readable.has(`${ref.collection}:${ref.id}`)
}

type RichTextRef = { drop: () => void; ref: null | Ref }

/**
 * Every reference to another document inside Lexical rich text: internal links (`fields.doc`)
 * and relationship or upload nodes (`relationTo` + `value`), each with how to remove it. A
 * reference whose shape is not understood (a link to several collections) is unreadable.
 */
const richTextRefs = (node: unknown, found: RichTextRef[]) => {
  if (!node || typeof node !== 'object') {
    return
  }
  const { children, fields } = node as { children?: unknown; fields?: Record<string, unknown> }
  const doc = fields?.doc as undefined | { relationTo?: unknown; value?: unknown }
  if (fields && doc && typeof doc === 'object') {
    found.push({
      drop: () => {
        fields.doc = null
      },
      ref: typeof doc.relationTo === 'string' ? refOf(doc, [doc.relationTo]) : null,
    })
  }
  if (!Array.isArray(children)) {
    return
  }
  for (const child of [...children]) {
    const { relationTo, value } = (child ?? {}) as { relationTo?: unknown; value?: unknown }
    if (child && typeof child === 'object' && relationTo !== undefined) {
      found.push({
        drop: () => {
          const index = children.indexOf(child)
          if (index >= 0) {
            children.splice(index, 1)
          }
        },
        ref: typeof relationTo === 'string' ? refOf({ relationTo, value }, [relationTo]) : null,
      })
    }
    richTextRefs(child, found)
  }
}

/**
 * Runs before Payload populates a relationship, upload, join or rich-text field, and keeps only
 * the documents the reader may read right now: an anonymous response never carries even the id of
 * a draft, a sample, a private photo or a lapsed testimonial, at any depth (including 0, where
 * nothing is populated), while ids of readable documents stay at the depth edge. Editors and
 * trusted server calls (`overrideAccess`) see values as stored.
 */
export const keepReadableRelations = (options: SanitizedSmpClinicOptions): FieldHook =>
  Object.assign(keepOnlyReadable(options), { [guardsRelations]: true })

/**
 * Marks the hook, so fields that already carry it can be told apart from fields other plugins
 * add later (`guardLateRelations`).
 */
export const guardsRelations = Symbol('smpClinic.guardsRelations')

const keepOnlyReadable =
  (options: SanitizedSmpClinicOptions): FieldHook =>
  async ({
    collection,
    currentDepth,
    data,
    depth,
    field,
    overrideAccess,
    req,
    siblingData,
    value,
  }) => {
    if (overrideAccess || value === null || value === undefined) {
      return value
    }
    if (await options.access.canEdit({ req })) {
      return value
    }
    if (field.type === 'richText') {
      const found: RichTextRef[] = []
      richTextRefs({ children: [(value as { root?: unknown })?.root] }, found)
      if (found.length) {
        const readable = await readableSet(
          req,
          found.map(({ ref }) => ref).filter((ref): ref is Ref => ref !== null),
        )
        found.filter(({ ref }) => !readable(ref)).forEach(({ drop }) => drop())
      }
      return value
    }
    if (field.type === 'join') {
      const join = value as { docs?: unknown[] }
      if (!Array.isArray(join?.docs)) {
        return value
      }
      const ref = (doc: unknown) => refOf(doc, field.collection)
      const readable = await readableSet(
        req,
        join.docs.map(ref).filter((r): r is Ref => r !== null),
      )
      return { ...join, docs: join.docs.filter((doc) => readable(ref(doc))) }
    }
    if (field.type !== 'relationship' && field.type !== 'upload') {
      return value
    }
    const relationTo = field.relationTo
    // A value Payload is about to populate is checked by that population, as this reader, and
    // what it leaves unpopulated is removed once the document is complete, by the collection's
    // `dropUnpopulatedRelations` (a field reached some other way, such as a block shared through
    // the config's `blocks`, in a collection without it, keeps the lookup). A read of every
    // locale at once keeps the lookup too.
    if (
      collection?.hooks?.afterRead?.includes(dropUnpopulatedRelations) &&
      data &&
      siblingData &&
      req.locale !== 'all' &&
      willPopulate({ currentDepth, depth, field })
    ) {
      expectPopulated(data, siblingData as Record<string, unknown>, field)
      return value
    }
    const values = Array.isArray(value) ? value : [value]
    const refs = values.map((item) => refOf(item, relationTo))
    const readable = await readableSet(
      req,
      refs.filter((r): r is Ref => r !== null),
    )
    if (Array.isArray(value)) {
      return value.filter((_item, index) => readable(refs[index]!))
    }
    return readable(refs[0]!) ? value : null
  }

/**
 * Adds `keepReadableRelations` to every relationship, upload, join and rich-text field, however
 * deeply nested in groups, arrays, blocks, rows and tabs. With `targets`, only to relationship,
 * upload and join fields that point at one of those collections (how a host's own collections
 * are covered without touching the rest of their fields).
 */
export const withReadableRelations = (
  fields: Field[],
  options: SanitizedSmpClinicOptions,
  targets?: Set<string>,
  hook: FieldHook = keepReadableRelations(options),
): Field[] => {
  const guardedFields = fields.map((field) => guardField(field, options, targets, hook))
  // Unchanged fields keep their identity, so a host collection with nothing to guard is the very
  // object the host passed in.
  return guardedFields.every((field, index) => field === fields[index]) ? fields : guardedFields
}

const guardField = (
  field: Field,
  options: SanitizedSmpClinicOptions,
  targets: Set<string> | undefined,
  hook: FieldHook,
): Field => {
  const nested = (inner: Field[]) => withReadableRelations(inner, options, targets, hook)
  const guarded = () => {
    const withHooks = field as { hooks?: { afterRead?: FieldHook[] } } & Field
    return {
      ...withHooks,
      hooks: { ...withHooks.hooks, afterRead: [hook, ...(withHooks.hooks?.afterRead ?? [])] },
    } as Field
  }
  const pointsAtTarget = (relationTo: string | string[]) =>
    !targets || [relationTo].flat().some((slug) => targets.has(slug))
  switch (field.type) {
    case 'array':
    case 'collapsible':
    case 'group':
    case 'row': {
      const inner = nested(field.fields)
      return inner === field.fields ? field : ({ ...field, fields: inner } as Field)
    }
    case 'blocks': {
      const guardBlock = <B extends { fields: Field[] }>(block: B): B => {
        const inner = nested(block.fields)
        return inner === block.fields ? block : { ...block, fields: inner }
      }
      const blocks = field.blocks.map(guardBlock)
      // Blocks named by slug are the config's own (`blocks`), guarded where the plugin sees them.
      const references = field.blockReferences?.map((block) =>
        typeof block === 'string' ? block : guardBlock(block),
      )
      return blocks.every((block, index) => block === field.blocks[index]) &&
        (references ?? []).every((block, index) => block === field.blockReferences?.[index])
        ? field
        : { ...field, blocks, ...(references ? { blockReferences: references } : {}) }
    }
    case 'tabs': {
      const tabs = field.tabs.map((tab) => {
        const inner = nested(tab.fields)
        return inner === tab.fields ? tab : { ...tab, fields: inner }
      })
      return tabs.every((tab, index) => tab === field.tabs[index]) ? field : { ...field, tabs }
    }
    case 'join':
      return pointsAtTarget(field.collection) ? guarded() : field
    case 'relationship':
    case 'upload':
      return pointsAtTarget(field.relationTo) ? guarded() : field
    case 'richText':
      return targets ? field : guarded()
    default:
      return field
  }
}
