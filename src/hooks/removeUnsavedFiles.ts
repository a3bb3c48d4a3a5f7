import type { CollectionAfterErrorHook, CollectionBeforeChangeHook } from 'payload'

import { unlink } from 'node:fs/promises'
import path from 'node:path'

const contextKey = 'smpClinicFilesToWrite'

/**
 * Notes the file and size variants an upload is about to write (their names are final by the
 * time `beforeChange` runs), for `removeUnsavedFiles` should the write fail.
 */
export const recordFilesToWrite: CollectionBeforeChangeHook = ({ data, req }) => {
  const names = [
    data?.filename,
    ...Object.values((data?.sizes ?? {}) as Record<string, { filename?: unknown }>).map(
      (size) => size?.filename,
    ),
  ].filter((name): name is string => typeof name === 'string' && name !== '')
  if (names.length) {
    const recorded = (req.context[contextKey] as string[] | undefined) ?? []
    req.context[contextKey] = [...recorded, ...names]
  }
  return data
}

/**
 * Payload writes an upload's files before the document and does not remove them when the write
 * then fails (a validation error after the files, a database error, a failed commit), leaving
 * files on disk that no document owns. This removes the ones the failed request wrote, except
 * any a stored document does use.
 */
export const removeUnsavedFiles: CollectionAfterErrorHook = async ({ collection, req }) => {
  const names = req.context[contextKey] as string[] | undefined
  const staticDir = (collection.upload as { staticDir?: string } | undefined)?.staticDir
  if (!names?.length || !staticDir) {
    return
  }
  delete req.context[contextKey]
  // A stored document may name one of these as its file or as one of its sizes.
  const sizes = (collection.upload as { imageSizes?: { name: string }[] }).imageSizes ?? []
  const { docs } = await req.payload.find({
    collection: collection.slug,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { filename: true, sizes: true } as never,
    where: {
      or: [
        { filename: { in: names } },
        ...sizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { in: names } })),
      ],
    },
  })
  const inUse = new Set(
    docs.flatMap((doc) => {
      const { filename, sizes } = doc as {
        filename?: string
        sizes?: Record<string, { filename?: string }>
      }
      return [filename, ...Object.values(sizes ?? {}).map((size) => size?.filename)]
    }),
  )
  await Promise.all(
    names
      .filter((name) => !inUse.has(name) && path.basename(name) === name)
      .map((name) => unlink(path.join(staticDir, name)).catch(() => undefined)),
  )
}
