import type { GraphQLResolveInfo } from 'graphql'
import type { CollectionAfterReadHook, Field, FieldHook } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { siteOptionsFor } from '../tenancy/tenantSite.js'

import { scriptSafeJson } from './scriptSafeJson.js'
import { withSourceFields } from './sourceFields.js'
import { type GraphInput, jsonLdDocument } from './structuredData.js'
import { translated } from '../translations/translated.js'

type Pending = {
  build: (input: GraphInput) => Promise<Record<string, unknown>[]>
  collection?: string
  fields: string[]
}

/**
 * Documents whose `jsonLd` is to be worked out once they are complete.
 */
const pending = new WeakMap<object, Pending>()

/**
 * `jsonLd`: the document's schema.org graph as a string ready for
 * `<script type="application/ld+json">`, worked out when the document is read (never stored), so
 * it names only what this reader may read at this moment: no draft author, no photo whose consent
 * has ended. Only for the documents a request reads, not those populated inside them (null
 * there). Read-only; not in the admin form. The field marks the document; `fillJsonLd` works the
 * graph out once Payload has populated the document, from the linked documents it populated.
 */
export const jsonLdField = (
  options: SanitizedSmpClinicOptions,
  build: (input: GraphInput) => Promise<Record<string, unknown>[]>,
  fields: string[],
): Field =>
  readOnlyJsonLd([
    ({ collection, currentDepth, data, req }) => {
      // A read of every locale at once has no single page to describe, and a document
      // populated inside another is not the page: its graph is read with the document itself,
      // so a page of articles does not work out the graph of every author and FAQ in it.
      if (data && req.locale !== 'all' && (currentDepth ?? 1) <= 1) {
        pending.set(data, { build, collection: collection?.slug, fields })
      }
      return null
    },
  ])

/**
 * A `jsonLd` field: virtual, never written, hidden from the admin form, its value worked out by
 * `afterRead` when it is read.
 */
export const readOnlyJsonLd = (afterRead: FieldHook[]): Field => ({
  name: 'jsonLd',
  type: 'text',
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
  hooks: { afterRead },
  label: translated('fieldStructuredData'),
  virtual: true,
})

/**
 * Works out the `jsonLd` of a document marked by its field, after Payload has populated it:
 * linked documents it populated for this reader are used as they are, others are read as the
 * reader.
 */
export const fillJsonLd =
  (options: SanitizedSmpClinicOptions): CollectionAfterReadHook =>
  async ({ doc, req }) => {
    const marked = doc && typeof doc === 'object' ? pending.get(doc) : undefined
    if (!marked) {
      return doc
    }
    pending.delete(doc)
    const work = async () => {
      const source = await withSourceFields(req, marked.collection, doc, marked.fields)
      // In a chain, the clinic of the page: its site's URLs and its profile.
      const own = await siteOptionsFor(req, options, source)
      const graph = await marked.build({ doc: source, locale: req.locale, options: own, req })
      return scriptSafeJson(jsonLdDocument(graph))
    }
    if (req.payloadAPI !== 'GraphQL') {
      doc.jsonLd = await work()
      return doc
    }
    // GraphQL reads a linked document as a read of its own (one level deep each), so the depth
    // cannot tell it from the page's document here. The value is left for GraphQL to ask for: a
    // function property is what its default resolver calls, with the field's place in the answer.
    let graph: Promise<string> | undefined
    doc.jsonLd = ((_args: unknown, _context: unknown, info: GraphQLResolveInfo) =>
      isPageDocument(info) ? (graph ??= work()) : null) as unknown as string
    return doc
  }

/**
 * Whether the document a GraphQL field belongs to is one the operation asked for (`Article(id)`,
 * or `Articles { docs }` at the root), not one linked from it (`Article { relatedFaqs }`) or
 * joined to it (`Practitioner { galleries { docs } }`), whose `jsonLd` is null as over REST.
 */
const isPageDocument = (info: GraphQLResolveInfo): boolean => {
  let place = info.path.prev
  while (place && typeof place.key === 'number') {
    place = place.prev
  }
  const roots = [info.schema.getQueryType()?.name, info.schema.getMutationType()?.name]
  if (!place?.typename) {
    return false
  }
  if (roots.includes(place.typename)) {
    return true
  }
  // `docs` of a root list (under any alias): its type is the list's page, and the list is a root
  // field. A join's page has the same shape, but under a document, not at the root.
  const list = info.schema.getType(place.typename)
  return (
    !place.prev?.prev &&
    roots.includes(place.prev?.typename) &&
    list !== undefined &&
    list !== null &&
    'getFields' in list &&
    'totalDocs' in list.getFields()
  )
}
