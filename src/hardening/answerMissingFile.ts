import type { CollectionConfig } from 'payload'

import { stat } from 'node:fs/promises'
import path from 'node:path'

import { translate } from '../translations/translated.js'

type UploadHandler = NonNullable<
  NonNullable<Exclude<CollectionConfig['upload'], boolean>>['handlers']
>[number]

/**
 * An upload handler that answers 404 for a file name that is not on disk. Payload reads the
 * disk directly for readers whose access is not a query (editors) and answers a missing file
 * with 500; no file of that name is simply not found.
 */
export const answerMissingFile = (staticDir: string): UploadHandler =>
  // Payload's type says "a Response or nothing" per branch; returning nothing passes the file on.
  (async (req: Parameters<UploadHandler>[0], { params }: Parameters<UploadHandler>[1]) => {
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    if (!file.startsWith(dir + path.sep)) {
      return Response.json(
        { errors: [{ message: translate(req, 'uploadInvalidFilename') }] },
        { status: 400 },
      )
    }
    // The upload journal (and any other dot file) is not an upload.
    if (
      path
        .relative(dir, file)
        .split(path.sep)
        .some((part) => part.startsWith('.'))
    ) {
      return Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404 })
    }
    const found = await stat(file).catch(() => undefined)
    if (found?.isFile()) {
      return undefined
    }
    return Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404 })
  }) as UploadHandler

/**
 * A host's upload collection with the same answer for a missing file, after the host's own
 * handlers (a storage adapter's among them): Payload answers 500 for a file name that is on no
 * disk when the collection's read access is `true` (it reads no document first). Left alone when
 * the collection keeps no files on the local disk.
 */
export const withMissingFileAnswer = (collection: CollectionConfig): CollectionConfig => {
  if (!collection.upload) {
    return collection
  }
  const upload = collection.upload === true ? {} : collection.upload
  if (upload.disableLocalStorage) {
    return collection
  }
  return {
    ...collection,
    upload: {
      ...upload,
      handlers: [
        ...(upload.handlers ?? []),
        answerMissingFile(upload.staticDir || collection.slug),
      ],
    },
  }
}
