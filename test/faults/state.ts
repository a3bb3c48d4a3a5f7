import { readdir } from 'node:fs/promises'
import path from 'node:path'

import type { ApiClient } from '../helpers/apiClient.js'
import type { Receiver } from '../helpers/webhookReceiver.js'
import type { Workload } from './workload.js'

type Doc = Record<string, any>

export type StoredState = {
  /**
   * Writes answered 2xx that are not stored as sent.
   */
  lost: string[]
  /**
   * Documents stored in part: a gallery without both photos of a pair, an image without one of
   * its files.
   */
  halfWritten: string[]
  /**
   * Files no stored document names.
   */
  orphanFiles: string[]
}

const all = async (admin: ApiClient, slug: string): Promise<Doc[]> => {
  const { body, status } = await admin.get(`/api/${slug}?draft=true&depth=0&pagination=false`)
  if (status !== 200) {
    throw new Error(`listing ${slug}: ${status} ${JSON.stringify(body).slice(0, 200)}`)
  }
  return body.docs
}

const filesOf = (doc: Doc): string[] =>
  [
    doc.filename,
    ...Object.values((doc.sizes ?? {}) as Record<string, Doc>).map((size) => size?.filename),
  ].filter((name): name is string => typeof name === 'string' && name !== '')

/**
 * What the database and the upload folders hold, against what the workload was told was stored.
 */
export const checkStored = async (
  admin: ApiClient,
  uploadsDir: string,
  workload: Workload,
): Promise<StoredState> => {
  const state: StoredState = { halfWritten: [], lost: [], orphanFiles: [] }
  const faqs = new Map((await all(admin, 'faqs')).map((doc) => [String(doc.id), doc]))
  for (const [id, question] of workload.faqs) {
    const stored = faqs.get(String(id))
    if (!stored) {
      state.lost.push(`faq ${id}: answered 201, not stored`)
    } else if (stored.question !== question || stored._status !== 'published') {
      state.lost.push(
        `faq ${id}: stored as ${JSON.stringify(stored.question)} (${stored._status}), sent ${JSON.stringify(question)}`,
      )
    }
  }
  const media = await all(admin, 'media')
  const mediaIds = new Set(media.map((doc) => String(doc.id)))
  for (const id of workload.media) {
    if (!mediaIds.has(String(id))) {
      state.lost.push(`media ${id}: answered 201, not stored`)
    }
  }
  for (const [slug, docs] of [
    ['media', media],
    ['consents', await all(admin, 'consents')],
  ] as const) {
    const dir = path.join(uploadsDir, slug)
    const onDisk = new Set(
      (await readdir(dir).catch(() => [] as string[])).filter((name) => !name.startsWith('.')),
    )
    const named = new Set<string>()
    for (const doc of docs) {
      for (const file of filesOf(doc)) {
        named.add(file)
        if (!onDisk.has(file)) {
          state.halfWritten.push(`${slug} ${doc.id}: its file ${file} is missing`)
        }
      }
    }
    for (const file of onDisk) {
      if (!named.has(file)) {
        state.orphanFiles.push(`${slug}/${file}`)
      }
    }
  }
  const galleries = new Map(
    (await all(admin, 'before-after-galleries')).map((doc) => [String(doc.id), doc]),
  )
  for (const [id] of workload.galleries) {
    if (!galleries.has(String(id))) {
      state.lost.push(`gallery ${id}: answered 201, not stored`)
    }
  }
  for (const gallery of galleries.values()) {
    for (const pair of (gallery.pairs ?? []) as Doc[]) {
      for (const side of ['before', 'after']) {
        const image = pair?.[side]
        if (image === null || image === undefined || !mediaIds.has(String(image))) {
          state.halfWritten.push(`gallery ${gallery.id}: its ${side} photo ${image} is not stored`)
        }
      }
    }
  }
  return state
}

/**
 * Waits (at most `timeoutMs`) until every delivery the log holds is delivered and reached the
 * receiver. Returns the ones that did not: stuck.
 */
export const settleDeliveries = async (
  admin: ApiClient,
  receiver: Receiver,
  timeoutMs: number,
): Promise<string[]> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const deliveries = await all(admin, 'smp-webhook-deliveries')
    const keys = receiver.keys()
    const stuck = deliveries
      .filter((delivery) => delivery.state !== 'delivered' || !keys.has(delivery.key))
      .map(
        (delivery) =>
          `delivery ${delivery.id} (${delivery.event} ${delivery.collectionSlug}:${delivery.documentId}): ${delivery.state}, received ${keys.get(delivery.key) ?? 0} time(s)`,
      )
    if (!stuck.length || Date.now() > deadline) {
      return stuck
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
