import type { Payload, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { inTransaction } from '../../hardening/inTransaction.js'
import { localRequest } from '../../hardening/localRequest.js'
import { pluginOptions } from '../../options/optionsKey.js'
import { translate } from '../../translations/translated.js'
import { exportDate, platformLink } from './policy.js'
import { parseReviewFile, type ReviewRow } from './parseReviewFile.js'
import { reviewProblems, withDerivedFields } from './reviewProblems.js'

export type ImportResult = {
  /** Reviews stored by this import. */
  created: number
  /** Reviews already stored (the same link), left as they are. */
  skipped: number
  total: number
}

const ratingOf = (text: string | undefined) =>
  text !== undefined && /^[1-5](\.0+)?$/.test(text.trim()) ? Number(text) : text

/** The most rows one import takes: a larger file holds the database's writer too long. */
export const maxImportRows = 2_000

const isEmptyRow = (row: ReviewRow) => Object.values(row).every((value) => value.trim() === '')

/**
 * A row as the collection stores it. Its platform is the row's own, else the one the import
 * names, else the one whose host its link is on.
 */
const reviewOf = (
  options: SanitizedSmpClinicOptions,
  row: ReviewRow,
  platform: string | undefined,
): Record<string, unknown> => {
  const settings = options.externalReviews
  const platforms = settings ? settings.platforms : {}
  const byHost = Object.keys(platforms).find((key) =>
    platformLink(row.url ?? '', platforms[key]!.hosts),
  )
  const review: Record<string, unknown> = {
    platform: row.platform?.trim().toLowerCase() || platform?.toLowerCase() || byHost,
  }
  if (row.profileId || row.kind === 'profile') {
    return { ...review, kind: 'profile', profileId: row.profileId, url: row.url || undefined }
  }
  return {
    ...review,
    author: row.author,
    kind: 'review',
    rating: ratingOf(row.rating),
    reviewedAt: exportDate(row.date),
    text: row.text,
    title: row.title || undefined,
    url: row.url,
  }
}

/**
 * Stores the reviews of an import file, all or none: every row is checked against its
 * platform's terms first, and any problem refuses the whole import (`400`, each problem at
 * `rows.<n>.<field>`, counted from 1 as a spreadsheet shows them below the header). Reviews
 * already stored (the same link) are skipped, so an import can be run again with a newer
 * export. Runs with the request's user and access unless `overrideAccess`.
 */
export const importReviews = async (
  options: SanitizedSmpClinicOptions,
  req: PayloadRequest,
  {
    overrideAccess = false,
    platform,
    rows,
  }: { overrideAccess?: boolean; platform?: string; rows: ReviewRow[] },
): Promise<ImportResult> => {
  const settings = options.externalReviews
  if (!settings) {
    throw new Error('importReviews: the externalReviews option is off.')
  }
  const now = options.clock()
  // Rows numbered as in the file; blank ones keep their number and are passed over.
  const numbered = rows
    .map((row, index) => ({ row, rowNumber: index + 1 }))
    .filter(({ row }) => !isEmptyRow(row))
  if (numbered.length > maxImportRows) {
    throw new ValidationError(
      {
        collection: settings.slug,
        errors: [
          {
            message: translate(req, 'externalReviewImportTooManyRows', { max: maxImportRows }),
            path: 'rows',
          },
        ],
        req,
      },
      req.t,
    )
  }
  const reviews = numbered.map(({ row, rowNumber }) => ({
    review: withDerivedFields(settings, reviewOf(options, row, platform), now),
    rowNumber,
  }))
  const errors = reviews.flatMap(({ review, rowNumber }) =>
    reviewProblems(settings, review, now).map(({ key, path, vars }) => ({
      message: translate(req, path === 'reviewedAt' ? 'externalReviewDateFormat' : key, vars),
      path: `rows.${rowNumber}.${path}`,
    })),
  )
  const keys = reviews.map(({ review }) => String(review.linkKey ?? review.url))
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) {
      errors.push({
        message: translate(req, 'externalReviewDuplicateInFile'),
        path: `rows.${reviews[index]!.rowNumber}.url`,
      })
    }
  })
  if (!reviews.length) {
    errors.push({ message: translate(req, 'externalReviewImportEmpty'), path: 'rows' })
  }
  if (errors.length) {
    throw new ValidationError({ collection: settings.slug, errors, req }, req.t)
  }
  return inTransaction(req, async () => {
    const { docs } = await req.payload.find({
      collection: settings.slug,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { linkKey: true },
      where: { linkKey: { in: keys } },
    })
    const stored = new Set(docs.map((doc) => String((doc as { linkKey?: string }).linkKey)))
    let created = 0
    for (const { review, rowNumber } of reviews) {
      if (stored.has(String(review.linkKey))) {
        continue
      }
      try {
        await req.payload.create({
          collection: settings.slug,
          data: review,
          depth: 0,
          overrideAccess,
          req,
        })
      } catch (error) {
        // Payload's own checks (a field's length) name the field: the row is added to it.
        if (error instanceof ValidationError) {
          throw new ValidationError(
            {
              collection: settings.slug,
              errors: error.data.errors.map(({ message, path }) => ({
                message,
                path: `rows.${rowNumber}.${path}`,
              })),
              req,
            },
            req.t,
          )
        }
        throw error
      }
      created++
    }
    return { created, skipped: reviews.length - created, total: reviews.length }
  })
}

/**
 * Imports an export file of reviews from another platform (CSV or JSON), or the clinic's
 * profile on a platform that allows no stored reviews (`googlePlaceId`), with the Local API:
 * the same checks as the admin's import, all or nothing.
 *
 * @example
 * await importExternalReviews({ payload, text: await readFile('trustpilot.csv', 'utf8') })
 * await importExternalReviews({ payload, googlePlaceId: 'ChIJN1t_tDeuEmsRUsoyG83frY4' })
 */
export const importExternalReviews = async ({
  format = 'csv',
  googlePlaceId,
  payload,
  platform,
  req,
  text,
}: {
  /** @default 'csv' */
  format?: 'csv' | 'json'
  googlePlaceId?: string
  payload: Payload
  /** The platform of rows that do not name theirs. */
  platform?: string
  req?: PayloadRequest
  text?: string
}): Promise<ImportResult> => {
  const options = pluginOptions(payload)
  if (!options?.externalReviews) {
    throw new Error('importExternalReviews: the externalReviews option of smpClinicPlugin is off.')
  }
  const rows: ReviewRow[] = googlePlaceId
    ? [{ kind: 'profile', platform: 'google', profileId: googlePlaceId }]
    : parseReviewFile(text ?? '', format)
  return importReviews(options, req ?? (await localRequest(payload)), {
    overrideAccess: true,
    platform,
    rows,
  })
}
