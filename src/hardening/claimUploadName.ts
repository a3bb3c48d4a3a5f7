import type {
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
} from 'payload'

import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { tryLockUntilCommit } from './transactionLocks.js'

const contextKey = 'smpClinicClaimedUploadName'

/**
 * File names of uploads in progress in this process, per upload folder.
 */
const inFlight = new Map<string, Set<string>>()

type Claim = { dir: string; key: string }

const withRandomSuffix = (name: string) => {
  const extension = path.extname(name)
  return `${path.basename(name, extension)}-${randomBytes(4).toString('hex')}${extension}`
}

const release = (claim: Claim | undefined) => {
  inFlight.get(claim?.dir ?? '')?.delete(claim?.key ?? '')
}

/**
 * The names Windows reserves, which the filename sanitizing Payload applies replaces with nothing.
 */
const windowsReserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

/**
 * Gives each upload in progress a file name no other upload in progress has. Payload picks a free
 * name by looking at the disk and the database, so two uploads of `photo.png` at once both pick
 * it, write the same files, and one overwrites the other's (then fails on the unique name). The
 * later one gets a short random suffix instead (`photo-3f9a1c2e.png`). A name that starts with a
 * dot gets a base name (`.png` becomes `upload.png`).
 *
 * Uploads in progress in other processes on the same Postgres database count too (several
 * instances sharing one upload folder or storage bucket): the name is also claimed with an
 * advisory lock held until the upload's transaction ends.
 */
export const claimUploadName =
  (staticDir: string): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    const file = req.file
    if ((operation !== 'create' && operation !== 'update') || !file?.name) {
      return args
    }
    // A name that is only an extension (".png") makes a hidden file whose size variants are named
    // like those of the next such upload; it gets a visible base name. So does a name Payload's
    // sanitizing empties: Windows' reserved names (`con.png` was stored as the hidden `.png`).
    if (file.name.startsWith('.')) {
      file.name = `upload${file.name}`
    } else if (windowsReserved.test(file.name)) {
      file.name = `upload-${file.name}`
    }
    const dir = path.resolve(staticDir)
    const names = inFlight.get(dir) ?? new Set<string>()
    inFlight.set(dir, names)
    if (names.has(file.name.toLowerCase())) {
      file.name = withRandomSuffix(file.name)
    }
    const claim: Claim = { dir, key: file.name.toLowerCase() }
    names.add(claim.key)
    req.context[contextKey] = claim
    // Whatever happens to the request, the name is free again after a while.
    setTimeout(() => release(claim), 120_000).unref()
    // Claimed here first, so no upload in this process takes the name while another process is
    // asked; one there that holds it makes this upload take another.
    if (!(await tryLockUntilCommit(req, `upload:${collection.slug}:${claim.key}`))) {
      names.delete(claim.key)
      file.name = withRandomSuffix(file.name)
      claim.key = file.name.toLowerCase()
      names.add(claim.key)
    }
    return args
  }

/**
 * Frees the name once the upload is stored.
 */
export const releaseUploadNameAfterOperation: CollectionAfterOperationHook = ({ req, result }) => {
  release(req.context[contextKey] as Claim | undefined)
  return result
}

/**
 * Frees the name once the upload has failed (after its files are removed).
 */
export const releaseUploadNameAfterError: CollectionAfterErrorHook = ({ req }) => {
  release(req.context[contextKey] as Claim | undefined)
}
