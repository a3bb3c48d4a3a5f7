import type { Endpoint } from 'payload'

import { APIError, Forbidden, ValidationError } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { translate } from '../../translations/translated.js'
import { importReviews } from './importReviews.js'
import { parseReviewFile } from './parseReviewFile.js'

/** The largest import file taken: about 20,000 reviews. */
const maxImportBytes = 10 * 1024 * 1024

/**
 * `POST /api/<slug>/import` (editors): an import file as `multipart/form-data` (`file`, and
 * `platform` when the rows do not say), or the file itself as the body (`text/csv` or
 * `application/json`, `?platform=`). Answers `{ created, skipped, total }`; a file with any
 * problem stores nothing and answers `400` naming each row and field.
 */
export const importEndpoint = (options: SanitizedSmpClinicOptions): Endpoint => ({
  handler: async (req) => {
    if (!(await options.access.canEdit({ req }))) {
      throw new Forbidden(req.t)
    }
    const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    const length = Number(req.headers.get('content-length') ?? 0)
    if (length > maxImportBytes) {
      throw new APIError(translate(req, 'externalReviewImportTooLarge'), 413, null, true)
    }
    let text: string
    let format: 'csv' | 'json'
    let platform = typeof req.query.platform === 'string' ? req.query.platform : undefined
    if (type === 'multipart/form-data') {
      const data = await req.formData!()
      const file = data.get('file')
      if (!file || typeof file === 'string') {
        throw new ValidationError(
          {
            errors: [{ message: translate(req, 'externalReviewImportFileRequired'), path: 'file' }],
            req,
          },
          req.t,
        )
      }
      text = await file.text()
      format = /\.json$/i.test(file.name) || file.type === 'application/json' ? 'json' : 'csv'
      const given = data.get('platform')
      platform = typeof given === 'string' && given ? given : platform
    } else if (type === 'text/csv' || type === 'application/json') {
      text = await req.text!()
      format = type === 'text/csv' ? 'csv' : 'json'
    } else {
      throw new APIError(translate(req, 'externalReviewImportType'), 415, null, true)
    }
    if (text.length > maxImportBytes) {
      throw new APIError(translate(req, 'externalReviewImportTooLarge'), 413, null, true)
    }
    let rows
    try {
      rows = parseReviewFile(text, format)
    } catch (error) {
      throw new ValidationError(
        {
          errors: [
            {
              message: translate(req, 'externalReviewImportUnreadable', {
                reason: error instanceof Error ? error.message : String(error),
              }),
              path: 'file',
            },
          ],
          req,
        },
        req.t,
      )
    }
    return Response.json(await importReviews(options, req, { platform, rows }))
  },
  method: 'post',
  path: '/import',
})
