import type { CollectionSlug, Payload } from 'payload'

import { createHash, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import {
  link,
  mkdir,
  readdir,
  readFile,
  rename,
  rmdir,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'

/**
 * The folder, inside an upload folder, that holds the journal of writes under way. Its name
 * starts with a dot: no upload is ever named so, and the file handler does not serve it.
 */
export const journalFolder = '.smp-pending'

/**
 * Who wrote an entry: the host, the process, and when that process started (a process id may be
 * reused by a later process).
 */
type Owner = { host: string; pid: number; start?: string }

/**
 * One write's files, recorded before any of them is touched:
 * - `created`: files the write adds, to remove unless a stored document names them;
 * - `kept`: files the write removes (Payload deletes a replaced or deleted document's files before
 *   its transaction commits), each hard-linked into the journal first, to put back while a stored
 *   document still names them.
 */
export type JournalEntry = {
  at: number
  collection: string
  created: string[]
  id: string
  kept: { link: string; name: string }[]
  owner: Owner
}

/**
 * When a process started, from /proc on Linux; undefined elsewhere.
 */
const processStart = (pid: number): string | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may hold spaces) start at the third; the start time is
    // the 22nd.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

const self: Owner = { host: hostname(), pid: process.pid, start: processStart(process.pid) }

/**
 * Whether the process that wrote an entry is still running, as far as this host can tell:
 * undefined for another host's entry.
 */
const ownerAlive = (owner: Owner): boolean | undefined => {
  if (owner.host !== self.host) {
    return undefined
  }
  try {
    process.kill(owner.pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  const start = processStart(owner.pid)
  return !owner.start || !start || start === owner.start
}

/**
 * This process, as the prefix of the journal files it makes before its entry exists (a link, the
 * entry's temporary file): `<host hash>_<pid>_<start>~`. A later start removes such a file at
 * once when its process is gone, instead of waiting `partialMs` for it.
 */
const hostTag = (host: string) => createHash('sha256').update(host).digest('hex').slice(0, 12)
export const ownerTag = (owner: Owner) =>
  `${hostTag(owner.host)}_${owner.pid}_${owner.start ?? ''}~`
const selfTag = ownerTag(self)

/**
 * Whether the process that made a journal file (named with its tag) is gone: undefined when the
 * name has no tag or the process is another host's.
 */
export const fileOwnerGone = (name: string): boolean | undefined => {
  const tag = /^([0-9a-f]{12})_(\d+)_(\d*)~/.exec(name)
  if (!tag || tag[1] !== hostTag(self.host)) {
    return undefined
  }
  const alive = ownerAlive({ host: self.host, pid: Number(tag[2]), start: tag[3] || undefined })
  return alive === undefined ? undefined : !alive
}

/**
 * Whether an entry's write is over: its process is gone, or it is older than any write could
 * take (for another host's, or one whose end this process never heard).
 */
export const entryAbandoned = (entry: JournalEntry, staleMs: number, now = Date.now()): boolean =>
  ownerAlive(entry.owner) === false || now - entry.at > staleMs

const isName = (name: unknown): name is string =>
  typeof name === 'string' && name !== '' && path.basename(name) === name && !name.startsWith('.')

/**
 * Records a write's files, and links the ones it will remove, before the write touches any.
 * The entry is written whole or not at all (a temporary name, then a rename).
 */
export const openEntry = async (
  dir: string,
  collection: string,
  files: { created?: unknown[]; kept?: unknown[] },
): Promise<JournalEntry | undefined> => {
  const created = [...new Set((files.created ?? []).filter(isName))]
  const keptNames = [...new Set((files.kept ?? []).filter(isName))]
  if (!created.length && !keptNames.length) {
    return undefined
  }
  const journal = path.join(dir, journalFolder)
  const id = randomUUID()
  const kept: JournalEntry['kept'] = []
  for (const [index, name] of keptNames.entries()) {
    const linkName = `${selfTag}${id}.${index}.keep`
    try {
      await inJournal(journal, () => link(path.join(dir, name), path.join(journal, linkName)))
      kept.push({ link: linkName, name })
    } catch {
      // Not on disk (nothing to keep), or a storage that cannot link: nothing to put back.
    }
  }
  const entry: JournalEntry = { at: Date.now(), collection, created, id, kept, owner: self }
  const file = path.join(journal, `${id}.json`)
  const partial = path.join(journal, `${selfTag}${id}.json.tmp`)
  await inJournal(journal, () => writeFile(partial, JSON.stringify(entry)))
  await rename(partial, file)
  return entry
}

/**
 * Runs a write into the journal folder, making the folder first if it is missing (it is removed
 * whenever it empties, so an upload folder holds only uploads between writes).
 */
const inJournal = async <T>(journal: string, write: () => Promise<T>): Promise<T> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write()
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt === 3) {
        throw error
      }
      await mkdir(journal, { recursive: true })
    }
  }
}

const chunk = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  )

/**
 * Which of `names` a stored document (or a stored version of one) names as its file or as one of
 * its sizes' files.
 */
export const namesInUse = async (
  payload: Payload,
  slug: string,
  names: string[],
): Promise<Set<string>> => {
  const collection = payload.collections[slug as CollectionSlug]?.config
  const inUse = new Set<string>()
  if (!collection || !names.length) {
    return inUse
  }
  const sizes = (
    (collection.upload as { imageSizes?: { name: string }[] } | undefined)?.imageSizes ?? []
  ).map(({ name }) => name)
  const note = (doc: unknown) => {
    const { filename, sizes: stored } = (doc ?? {}) as {
      filename?: unknown
      sizes?: Record<string, { filename?: unknown } | null>
    }
    for (const name of [filename, ...Object.values(stored ?? {}).map((size) => size?.filename)]) {
      if (typeof name === 'string') {
        inUse.add(name)
      }
    }
  }
  for (const part of chunk(names, 200)) {
    const paths = ['filename', ...sizes.map((size) => `sizes.${size}.filename`)]
    const { docs } = await payload.db.find({
      collection: slug,
      limit: 0,
      pagination: false,
      req: {},
      where: { or: paths.map((field) => ({ [field]: { in: part } })) },
    })
    docs.forEach(note)
    if (collection.versions) {
      const versions = await payload.db.findVersions({
        collection: slug,
        limit: 0,
        pagination: false,
        req: {},
        where: { or: paths.map((field) => ({ [`version.${field}`]: { in: part } })) },
      })
      versions.docs.forEach((doc) => note((doc as { version?: unknown }).version))
    }
  }
  return inUse
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

/**
 * Ends an entry. After a commit its files are as they should be and only the journal is
 * tidied. Otherwise (a rollback, or a write whose process stopped) the stored documents decide:
 * a file the write added that no document names is removed, and a file it removed that a
 * document still names is put back.
 */
export const settleEntry = async (
  payload: Payload,
  dir: string,
  entry: JournalEntry,
  committed?: boolean,
): Promise<{ removed: number; restored: number }> => {
  const journal = path.join(dir, journalFolder)
  let removed = 0
  let restored = 0
  if (!committed) {
    const inUse = await namesInUse(payload, entry.collection, [
      ...entry.created,
      ...entry.kept.map(({ name }) => name),
    ])
    for (const name of entry.created) {
      if (
        !inUse.has(name) &&
        (await unlink(path.join(dir, name)).then(
          () => true,
          () => false,
        ))
      ) {
        removed++
      }
    }
    for (const { link: linkName, name } of entry.kept) {
      const target = path.join(dir, name)
      if (inUse.has(name) && !(await exists(target))) {
        await link(path.join(journal, linkName), target).then(
          () => restored++,
          () => undefined,
        )
      }
    }
  }
  for (const { link: linkName } of entry.kept) {
    await unlink(path.join(journal, linkName)).catch(() => undefined)
  }
  await unlink(path.join(journal, `${entry.id}.json`)).catch(() => undefined)
  // Only when empty: another write's entry keeps it.
  await rmdir(journal).catch(() => undefined)
  return { removed, restored }
}

/**
 * How old a journal file that belongs to no entry must be before it is removed: one being
 * written right now has no entry yet.
 */
export const partialMs = 60_000

/**
 * The entries in an upload folder's journal. One that cannot be read (cut short by a crash
 * before its rename, or written by hand) is removed: its write never began.
 */
export const readEntries = async (dir: string): Promise<JournalEntry[]> => {
  const journal = path.join(dir, journalFolder)
  const names = await readdir(journal).catch(() => [] as string[])
  const entries: JournalEntry[] = []
  for (const name of names) {
    const file = path.join(journal, name)
    if (name.endsWith('.json.tmp')) {
      // Cut short before its rename: at once when its process is gone, else after a while (one
      // may be being written now).
      const { ctimeMs } = await stat(file).catch(() => ({ ctimeMs: Date.now() }))
      if (fileOwnerGone(name) === true || Date.now() - ctimeMs > partialMs) {
        await unlink(file).catch(() => undefined)
      }
      continue
    }
    if (!name.endsWith('.json')) {
      continue
    }
    try {
      const entry = JSON.parse(await readFile(file, 'utf8')) as JournalEntry
      if (Array.isArray(entry.created) && Array.isArray(entry.kept) && entry.owner) {
        // Only names an upload can have: nothing outside the folder is ever touched.
        entries.push({
          ...entry,
          created: entry.created.filter(isName),
          kept: entry.kept.filter(({ link, name }) => isName(link) && isName(name)),
        })
        continue
      }
    } catch {
      // Unreadable: removed below.
    }
    await unlink(file).catch(() => undefined)
  }
  return entries
}
