import type { Payload, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { refreshImageVisibility } from './refreshImageVisibility.js'
import { pluginOptions } from '../options/optionsKey.js'
import { consentEnd, type ConsentTerms } from '../consent/consentStatus.js'
import { localRequest } from '../hardening/localRequest.js'
import { keepUpdatedAt } from '../hardening/setDateOfMany.js'

const pageSize = 500

/**
 * Rebuilds every stored value that privacy decisions read, from the records themselves: when each
 * testimonial and gallery stops being visible (its consent's end), until when each image is public,
 * and the fingerprint of consent documents uploaded before fingerprints were taken. Run it once
 * after upgrading from a version without them (the dev app's migrations do); it is idempotent.
 */
export const recomputePrivacy = async ({
  payload,
  req: incomingReq,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<void> => {
  const options = pluginOptions(payload)
  if (!options || options.disabled) {
    return
  }
  const req = incomingReq ?? (await localRequest(payload))
  const consentSlug = options.slugs.consents
  if (consentSlug) {
    const { docs: consents } = await payload.find({
      collection: consentSlug,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      // Only what it reads: a migration that runs it meets the table as it was then, without
      // the columns later versions added.
      select: { expiresAt: true, filename: true, fileSha256: true, revokedAt: true },
    })
    for (const consent of consents as (ConsentTerms & {
      fileSha256?: string
      id: number | string
    })[]) {
      for (const slug of [options.slugs.testimonials, options.slugs.beforeAfterGalleries]) {
        if (slug) {
          await payload.db.updateMany({
            collection: slug,
            data: { visibleUntil: consentEnd(consent), ...keepUpdatedAt(req) },
            req,
            where: { consent: { equals: consent.id } },
          })
        }
      }
      if (consent.filename && !consent.fileSha256) {
        const upload = payload.collections[consentSlug]!.config.upload
        const dir = (typeof upload === 'object' && upload.staticDir) || consentSlug
        const bytes = await readFile(path.resolve(dir, consent.filename)).catch(() => null)
        if (bytes) {
          await payload.db.updateOne({
            id: consent.id,
            collection: consentSlug,
            data: { fileSha256: createHash('sha256').update(bytes).digest('hex') },
            req,
          })
        }
      }
    }
  }
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.db.find({
      collection: options.slugs.media,
      limit: pageSize,
      page,
      req,
      select: { id: true },
      sort: 'id',
    })
    await refreshImageVisibility(
      options,
      req,
      docs.map((doc) => doc.id),
    )
    if (!hasNextPage) {
      break
    }
  }
}
