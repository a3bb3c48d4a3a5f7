import type { Field } from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

import { scriptSafeJson } from '../seo/scriptSafeJson.js'
import { withSourceFields } from '../seo/sourceFields.js'
import { type GraphInput, jsonLdDocument } from '../seo/structuredData.js'

/**
 * `jsonLd`: the document's schema.org graph as a string ready for
 * `<script type="application/ld+json">`, worked out when the document is read (never stored), so
 * it names only what this reader may read at this moment: no draft author, no photo whose consent
 * has ended. Only for the documents a request reads, not those populated inside them (null
 * there). Read-only; not in the admin form.
 */
export const jsonLdField = (
  options: SanitizedSmpClinicOptions,
  build: (input: GraphInput) => Promise<Record<string, unknown>[]>,
  fields: string[],
): Field => ({
  name: 'jsonLd',
  type: 'text',
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
  hooks: {
    afterRead: [
      async ({ collection, currentDepth, data, req }) => {
        // A read of every locale at once has no single page to describe, and a document
        // populated inside another is not the page: its graph is read with the document itself,
        // so a page of articles does not work out the graph of every author and FAQ in it.
        if (!data || req.locale === 'all' || (currentDepth ?? 1) > 1) {
          return null
        }
        const doc = await withSourceFields(req, collection?.slug, data, fields)
        const graph = await build({ doc, locale: req.locale, options, req })
        return scriptSafeJson(jsonLdDocument(graph))
      },
    ],
  },
  label: 'Structured data (JSON-LD)',
  virtual: true,
})
