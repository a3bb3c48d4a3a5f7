import type { Endpoint, PayloadRequest } from 'payload'

import { translate } from '../translations/translated.js'
import { sweepOrphanFiles } from './sweepOrphanFiles.js'

/**
 * `POST /api/smp-clinic/sweep-files`: sweeps the upload folders now (as at every start), for
 * editors only. Answers what was removed and put back.
 */
/**
 * Who may sweep: the plugin passes its sanitized options, whose `access.canEdit` is this.
 */
type SweepAccess = {
  access: { canEdit: (args: { req: PayloadRequest }) => boolean | Promise<boolean> }
}

export const sweepFilesEndpoint = (options: SweepAccess): Endpoint => ({
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
