import type { Payload } from 'payload'

import { readdir } from 'node:fs/promises'
import path from 'node:path'

import type { ApiClient } from '../helpers/apiClient.js'

import { isOrderKey } from '../../src/internal.js'

type Doc = Record<string, any>

const containsNul = (value: unknown): boolean => {
  const stack = [value]
  while (stack.length) {
    const item = stack.pop()
    if (typeof item === 'string' && item.includes('\u0000')) {
      return true
    }
    if (item && typeof item === 'object') {
      stack.push(...Object.values(item))
    }
  }
  return false
}

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === ''

/**
 * The rules of the plugin's collections that a stored document must keep whatever was sent.
 */
const ruleBreaks = (slug: string, doc: Doc): string[] => {
  const problems: string[] = []
  if (containsNul(doc)) problems.push('holds a NUL character')
  const published = doc._status === 'published'
  if (slug === 'faqs') {
    if (doc._order !== undefined && doc._order !== null && !isOrderKey(doc._order))
      problems.push(`invalid _order ${JSON.stringify(doc._order)}`)
    if (published && blank(doc.question)) problems.push('published with a blank question')
  }
  if (slug === 'before-after-galleries' && published) {
    const pairs = Array.isArray(doc.pairs) ? doc.pairs : []
    if (!pairs.length || pairs.some((pair: Doc) => !pair?.before || !pair?.after))
      problems.push('published without complete photo pairs')
    if (!doc.consent) problems.push('published without consent')
  }
  if (slug === 'testimonials') {
    if (published && (blank(doc.quote) || blank(doc.clientName))) {
      problems.push('published with a blank quote or client name')
    }
    if (published && blank(doc.disclaimer)) problems.push('published without a disclaimer')
    if (published && !doc.consent) problems.push('published without consent')
  }
  // Drafts may leave required fields empty (Payload's own rule); published documents may not.
  if (slug === 'articles' && published && blank(doc.title))
    problems.push('published with a blank title')
  if (slug === 'topics' && blank(doc.name)) problems.push('blank name')
  if (slug === 'practitioners' && published && blank(doc.name))
    problems.push('published with a blank name')
  if (slug === 'consents' && !(Array.isArray(doc.scopes) && doc.scopes.length))
    problems.push('no scope')
  if (slug === 'media' && blank(doc.alt)) problems.push('no alt text')
  return problems
}

export type IntegrityReport = { failures: string[]; files: number; documents: number }

/**
 * After hostile traffic: every write answered 2xx is stored and readable, list and count agree,
 * no stored document breaks its collection's rules (checked directly, and by saving it again
 * unchanged, which reruns every validation), and the upload folders hold exactly the files the
 * stored documents name.
 */
export const checkIntegrity = async ({
  admin,
  created,
  deleted,
  payload,
  uploadsDir,
}: {
  admin: ApiClient
  created: Map<string, Set<number | string>>
  deleted: Map<string, Set<number | string>>
  payload: Payload
  uploadsDir: string
}): Promise<IntegrityReport> => {
  const failures: string[] = []
  let documents = 0
  const slugs = payload.config.collections
    .map((each) => each.slug)
    .filter((slug) => !slug.startsWith('payload-'))
  const named = new Map<string, Set<string>>()
  const namedBy = new Map<string, string>()
  for (const slug of slugs) {
    const list = await admin.get(`/api/${slug}?draft=true&depth=0&pagination=false`)
    const count = await admin.get(`/api/${slug}/count?draft=true`)
    if (list.status !== 200 || count.status !== 200) {
      failures.push(`${slug}: list ${list.status}, count ${count.status}`)
      continue
    }
    const docs = list.body.docs as Doc[]
    documents += docs.length
    if (count.body.totalDocs !== docs.length || list.body.totalDocs !== docs.length) {
      failures.push(
        `${slug}: count ${count.body.totalDocs}, list ${list.body.totalDocs}, docs ${docs.length}`,
      )
    }
    const ids = new Set(docs.map((doc) => String(doc.id)))
    for (const id of created.get(slug) ?? []) {
      if (!ids.has(String(id)) && !deleted.get(slug)?.has(id)) {
        failures.push(`${slug} ${id}: answered 201 but not stored`)
      }
    }
    for (const doc of docs) {
      for (const problem of ruleBreaks(slug, doc)) {
        failures.push(`${slug} ${doc.id}: ${problem}`)
      }
      if (typeof doc.filename === 'string') {
        const files = named.get(slug) ?? new Set<string>()
        files.add(doc.filename)
        namedBy.set(`${slug}/${doc.filename}`, `${doc.id} (${JSON.stringify(doc).slice(0, 300)})`)
        for (const size of Object.values(
          (doc.sizes ?? {}) as Record<string, { filename?: string }>,
        )) {
          if (size?.filename) files.add(size.filename)
        }
        named.set(slug, files)
      }
      if (slug !== 'users') {
        const resaved = await admin.rest(
          'PATCH',
          `/api/${slug}/${doc.id}${doc._status === 'draft' ? '?draft=true' : ''}`,
          {},
        )
        if (resaved.status !== 200) {
          failures.push(
            `${slug} ${doc.id}: saving it unchanged answers ${resaved.status} ${JSON.stringify(resaved.body).slice(0, 200)}`,
          )
        }
      }
    }
  }
  let files = 0
  for (const collection of payload.config.collections.filter((each) => each.upload)) {
    const dir = path.join(uploadsDir, collection.slug)
    // Dot names (the upload journal's folder) are not uploads.
    const onDisk = (await readdir(dir).catch(() => [] as string[])).filter(
      (name) => !name.startsWith('.'),
    )
    files += onDisk.length
    const expected = named.get(collection.slug) ?? new Set<string>()
    for (const file of onDisk) {
      if (!expected.has(file)) failures.push(`${collection.slug}: orphan file ${file}`)
    }
    for (const file of expected) {
      if (!onDisk.includes(file)) {
        failures.push(
          `${collection.slug}: missing file ${file}, named by ${namedBy.get(`${collection.slug}/${file}`) ?? 'a size'}`,
        )
      }
    }
  }
  return { documents, failures, files }
}
