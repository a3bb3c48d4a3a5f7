import type { CollectionSlug, Payload } from 'payload'

import { readdir, rmdir, stat, unlink } from 'node:fs/promises'
import path from 'node:path'

import {
  entryAbandoned,
  fileOwnerGone,
  journalFolder,
  namesInUse,
  partialMs,
  readEntries,
  settleEntry,
} from './fileJournal.js'

/**
 * Marks the upload collections whose writes are journaled, in `custom` (kept by Payload).
 */
export const journaledKey = 'smpClinicJournaledUploads'

export type SweepResult = {
  /**
   * Journal entries of writes that ended without being settled (their process stopped).
   */
  abandonedWrites: number
  /**
   * Files removed because no stored document names them.
   */
  removed: number
  /**
   * Files put back because a stored document still names them.
   */
  restored: number
}

export type SweepOptions = {
  /**
   * The upload collections to sweep.
   * @default every upload collection whose files the plugin journals
   */
  collections?: string[]
  /**
   * Also look for files no journal speaks for (which takes a database query per folder): left by
   * a process that did not journal its writes.
   * @default true
   */
  strays?: boolean
  /**
   * How old a write's journal entry must be to count as abandoned when its process cannot be
   * looked at (another host's). No upload takes this long.
   * @default 600000 (10 minutes)
   */
  staleMs?: number
}

const listFiles = async (dir: string) => {
  const names = await readdir(dir, { withFileTypes: true }).catch(() => [])
  return names
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map(({ name }) => name)
}

const olderThan = async (file: string, ms: number, field: 'ctimeMs' | 'mtimeMs') => {
  const found = await stat(file).catch(() => undefined)
  return found !== undefined && Date.now() - found[field] > ms
}

const sweepCollection = async (
  payload: Payload,
  slug: string,
  dir: string,
  { staleMs, strays }: Required<Pick<SweepOptions, 'staleMs' | 'strays'>>,
  result: SweepResult,
) => {
  const live = new Set<string>()
  const liveLinks = new Set<string>()
  for (const entry of await readEntries(dir)) {
    if (entryAbandoned(entry, staleMs)) {
      const { removed, restored } = await settleEntry(payload, dir, entry)
      result.abandonedWrites++
      result.removed += removed
      result.restored += restored
      continue
    }
    entry.created.forEach((name) => live.add(name))
    entry.kept.forEach(({ link, name }) => {
      live.add(name)
      liveLinks.add(link)
    })
  }
  // Links made for a write whose entry was never written (it stopped in between): at once when
  // the process that made them is gone, else after a while (its entry may be being written now).
  const journal = path.join(dir, journalFolder)
  for (const name of await readdir(journal).catch(() => [] as string[])) {
    const file = path.join(journal, name)
    if (
      name.endsWith('.keep') &&
      !liveLinks.has(name) &&
      (fileOwnerGone(name) === true || (await olderThan(file, partialMs, 'ctimeMs')))
    ) {
      await unlink(file).catch(() => undefined)
    }
  }
  await rmdir(journal).catch(() => undefined)
  if (!strays) {
    return
  }
  // Files no journal speaks for and no document names: left by a version of the plugin (or a
  // process) that did not journal its writes. A minute's grace covers any write still under way.
  const candidates = (await listFiles(dir)).filter((name) => !live.has(name))
  const inUse = await namesInUse(payload, slug, candidates)
  for (const name of candidates) {
    const file = path.join(dir, name)
    if (!inUse.has(name) && (await olderThan(file, partialMs, 'mtimeMs'))) {
      if (
        await unlink(file).then(
          () => true,
          () => false,
        )
      ) {
        result.removed++
      }
    }
  }
}

/**
 * Makes the upload folders agree with the database after a crash: each write a stopped process
 * left under way is finished the way its transaction ended (files it added that no document
 * names are removed; files it was replacing that a document still names are put back), and any
 * other file no stored document names is removed. A file a stored document (or a stored version)
 * names is never removed, and writes under way in running processes are left alone.
 *
 * Runs when Payload starts (before seeding), and on demand: `POST /api/smp-clinic/sweep-files`
 * (editors) or this function.
 *
 * @example const { removed } = await sweepOrphanFiles(payload)
 */
export const sweepOrphanFiles = async (
  payload: Payload,
  { collections, staleMs = 600_000, strays = true }: SweepOptions = {},
): Promise<SweepResult> => {
  const result: SweepResult = { abandonedWrites: 0, removed: 0, restored: 0 }
  const slugs =
    collections ??
    Object.values(payload.collections)
      .filter(({ config }) => config.custom?.[journaledKey] === true)
      .map(({ config }) => config.slug)
  for (const slug of slugs) {
    const upload = payload.collections[slug as CollectionSlug]?.config.upload
    if (!upload || upload.disableLocalStorage || !upload.staticDir) {
      continue
    }
    await sweepCollection(
      payload,
      slug,
      path.resolve(upload.staticDir),
      { staleMs, strays },
      result,
    )
  }
  if (result.removed || result.restored) {
    payload.logger.info(
      `Upload folders swept: ${result.removed} orphan file(s) removed, ${result.restored} put back (${result.abandonedWrites} interrupted write(s)).`,
    )
  }
  return result
}
