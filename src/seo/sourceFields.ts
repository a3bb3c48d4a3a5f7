import type { PayloadRequest } from 'payload'

import type { SmpPreviewableKey } from '../options/types.js'

import type { Id } from '../hardening/perRequestBatches.js'

import { readAsReader } from './linkedDocs.js'

type Doc = Record<string, unknown>

/**
 * The fields structured data and SEO defaults are worked out from, per collection.
 */
export const sourceFields: Record<SmpPreviewableKey | 'faqs', string[]> = {
  articles: [
    'author',
    'body',
    'excerpt',
    'heroImage',
    'publishedAt',
    'relatedFaqs',
    'reviewedAt',
    'reviewedBy',
    'slug',
    'title',
    'topics',
    'updatedAt',
  ],
  beforeAfterGalleries: ['pairs', 'practitioner', 'slug', 'title', 'treatmentType', 'updatedAt'],
  faqs: ['answer', 'question'],
  practitioners: [
    'bio',
    'certifications',
    'credentials',
    'languages',
    'licensedPhysician',
    'name',
    'photo',
    'slug',
    'specialties',
    'title',
    'updatedAt',
  ],
}

/**
 * The document with every field in `fields`: a read that selected only some fields (`select`)
 * still gets structured data and SEO values worked out from the whole content, read as the same
 * reader, batched for every document of the response.
 */
export const withSourceFields = async (
  req: PayloadRequest,
  collection: string | undefined,
  doc: Doc,
  fields: string[],
): Promise<Doc> => {
  // Unselected fields are absent or undefined; a stored empty value is null.
  const missing = fields.filter((field) => doc[field] === undefined)
  if (!missing.length || !collection || doc.id === undefined || doc.id === null) {
    return doc
  }
  const found = await readAsReader(req, collection, [doc.id as Id], missing)
  const own: Doc = found.get(String(doc.id)) ?? {}
  return {
    ...doc,
    ...Object.fromEntries(missing.map((field) => [field, own[field]])),
  }
}
