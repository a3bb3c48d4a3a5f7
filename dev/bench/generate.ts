import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { generateNKeysBetween } from 'payload/shared'

import { sqlTableKey } from '../../src/internal.js'
import { bareSlug } from './bareCopy.js'
import { type InsertTarget, insertRows, sqlAdapter } from './bulkInsert.js'
import { documentRows, relatedFaqRows, type Rows, sharedRows, snake } from './documents.js'

/**
 * Documents per transaction: large enough for few round trips, small enough to keep memory flat.
 */
const batchSize = 2_000

const storedTypes = new Set(['checkbox', 'date', 'number', 'select', 'text', 'textarea'])

/**
 * What Payload would store for every field the rows leave out: each top-level field's fixed
 * default (a disclaimer, `isSample: false`, a checkbox's `false`).
 */
const defaultsOf = (fields: FlattenedField[]) =>
  Object.fromEntries(
    fields
      .filter(
        (field) =>
          storedTypes.has(field.type) &&
          !('hasMany' in field && field.hasMany) &&
          'defaultValue' in field &&
          field.defaultValue !== undefined &&
          typeof field.defaultValue !== 'function',
      )
      .map((field) => [snake(field.name), (field as { defaultValue: unknown }).defaultValue]),
  )

export type Growth = {
  /**
   * Documents per collection after the step.
   */
  size: number
  /**
   * Rows inserted, both sides together.
   */
  rows: number
  ms: number
}

export type Generator = {
  /**
   * Adds articles, FAQs, galleries and testimonials (and, the first time, the shared topics,
   * practitioners, images and consent) until each collection holds `size` documents.
   */
  growTo: (size: number) => Promise<Growth>
  /**
   * Replaces an article's related FAQs on both sides.
   */
  setRelatedFaqs: (articleId: number, faqIds: number[]) => Promise<void>
}

/**
 * Writes the same generated documents into the plugin's collections and their bare copies,
 * straight into the tables in multi-row inserts: published documents are read from the main
 * tables, so the version tables stay empty. Postgres gets fresh planner statistics after each
 * step, as its autovacuum would give a real database; SQLite is left without, as Payload leaves it.
 */
export const createGenerator = (payload: Payload, slugs: string[]): Generator => {
  const db = sqlAdapter(payload)
  const relationColumns = new Set(slugs.map((slug) => `${sqlTableKey(slug)}_id`))
  const targets: InsertTarget[] = [
    { column: (_table, column) => column, table: (table) => table },
    {
      // Join tables name their columns after the related collection, which is a bare copy here.
      column: (table, column) =>
        table.endsWith('_rels') && relationColumns.has(column) ? `bare_${column}` : column,
      table: (table) => `bare_${table}`,
    },
  ]
  const defaults = new Map(
    slugs.map((slug) => [
      sqlTableKey(slug),
      defaultsOf(payload.collections[slug as CollectionSlug]!.config.flattenedFields),
    ]),
  )
  const withDefaults = (rows: Rows): Rows =>
    new Map(
      [...rows].map(([table, list]) => {
        const fixed = defaults.get(table)
        return [table, fixed ? list.map((row) => ({ ...fixed, ...row })) : list]
      }),
    )
  const analyze = async () => {
    if (payload.db.name === 'postgres') {
      await db.execute({ drizzle: db.drizzle, raw: 'ANALYZE' })
    }
  }

  let size = 0
  let lastOrderKey: null | string = null
  return {
    growTo: async (to) => {
      const started = performance.now()
      let rows = 0
      if (size === 0) {
        const media = payload.collections['media' as CollectionSlug]!.config.upload
        rows += await insertRows(payload, withDefaults(sharedRows(media.imageSizes ?? [])), targets)
      }
      for (let from = size + 1; from <= to; from += batchSize) {
        const end = Math.min(to, from + batchSize - 1)
        const orderKeys = generateNKeysBetween(lastOrderKey, null, end - from + 1)
        lastOrderKey = orderKeys.at(-1) ?? lastOrderKey
        rows += await insertRows(payload, withDefaults(documentRows(from, end, orderKeys)), targets)
      }
      size = Math.max(size, to)
      await analyze()
      return { ms: performance.now() - started, rows, size }
    },
    setRelatedFaqs: async (articleId, faqIds) => {
      for (const table of ['articles_rels', `${sqlTableKey(bareSlug('articles'))}_rels`]) {
        await db.execute({
          drizzle: db.drizzle,
          raw: `DELETE FROM "${table}" WHERE "parent_id" = ${Number(articleId)} AND "path" = 'relatedFaqs'`,
        })
      }
      await insertRows(
        payload,
        new Map([['articles_rels', relatedFaqRows(articleId, faqIds)]]),
        targets,
      )
      await analyze()
    },
  }
}
