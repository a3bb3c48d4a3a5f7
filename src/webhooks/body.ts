import type { SmpWebhookEvent } from '../options/types.js'

/**
 * What a delivery's JSON body holds.
 */
export type SmpWebhookBody = {
  /**
   * The collection's slug, e.g. `before-after-galleries`.
   */
  collection: string
  /**
   * The document's id, as text.
   */
  docId: string
  event: SmpWebhookEvent
  /**
   * Unique per change: the same value is sent again on every retry and replay (and as the
   * `Idempotency-Key` header), so a receiver can ignore repeats.
   */
  id: string
  /**
   * The URLs of the images the document shows (originals and sizes), to purge from a CDN.
   */
  images: string[]
  locale: null | string
  /**
   * When the change happened: the commit, or the instant a consent ended.
   */
  occurredAt: string
  slug: null | string
  /**
   * Cache tags to drop: the collection (`articles`), the document (`articles:12`,
   * `articles:slug:<slug>`), and the documents that show it (a gallery's `practitioners:3`, an
   * article's `faqs:5`).
   */
  tags: string[]
  /**
   * In a clinic chain (the `tenancy` option): the ids of the clinics the document belongs to
   * (and belonged to before the change), each told through its own receivers.
   */
  tenants?: string[]
}
