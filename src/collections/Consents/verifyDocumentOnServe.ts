import type { CollectionConfig } from 'payload'

import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'

import { translate } from '../../translations/translated.js'

type Handler = NonNullable<
  NonNullable<Exclude<CollectionConfig['upload'], boolean>>['handlers']
>[number]

const sha256Of = (file: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject)
  })

/**
 * Before a signed consent document is served (after Payload has checked read access), its bytes
 * are hashed and compared with the fingerprint taken at upload. A file that was altered or
 * replaced on disk is not served: 409 with the reason. Files kept by a storage adapter rather
 * than on this server's disk are left to that adapter.
 */
export const verifyDocumentOnServe = (staticDir: string): Handler =>
  // Payload's type says "a Response or nothing" per branch; returning nothing passes the file on.
  (async (req: Parameters<Handler>[0], { doc, params }: Parameters<Handler>[1]) => {
    const filePath = path.resolve(staticDir, params.filename)
    if (!filePath.startsWith(path.resolve(staticDir) + path.sep)) {
      return
    }
    const exists = await stat(filePath).then(
      (stats) => stats.isFile(),
      () => false,
    )
    if (!exists) {
      return
    }
    const record =
      (doc as undefined | { fileSha256?: string }) ??
      ((await req.payload.db.findOne({
        collection: params.collection,
        req,
        where: { filename: { equals: params.filename } },
      })) as null | { fileSha256?: string })
    const expected = record?.fileSha256
    if (expected && (await sha256Of(filePath)) === expected) {
      return
    }
    req.payload.logger.error(
      `Consent document ${params.filename} does not match the SHA-256 recorded at upload; not served.`,
    )
    return Response.json(
      {
        errors: [
          {
            message: translate(
              req,
              expected ? 'consentDocumentAltered' : 'consentDocumentUnverifiable',
            ),
          },
        ],
      },
      { status: 409 },
    )
  }) as Handler
