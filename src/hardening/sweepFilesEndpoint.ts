import type { Endpoint } from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

import { translate } from '../translations/translated.js'
import { sweepOrphanFiles } from './sweepOrphanFiles.js'

/**
 * `POST /api/smp-clinic/sweep-files`: sweeps the upload folders now (as at every start), for
 * editors only. Answers what was removed and put back.
 */
export const sweepFilesEndpoint = (options: SanitizedSmpClinicOptions): Endpoint => ({
  handler: async (req) => {
    if (!(await options.access.canEdit({ req }))) {
      return Response.json(
        { errors: [{ message: translate(req, 'sweepEditorsOnly') }] },
        { status: 403 },
      )
    }
    return Response.json(await sweepOrphanFiles(req.payload))
  },
  method: 'post',
  path: '/smp-clinic/sweep-files',
})
