import type { Endpoint } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { seed } from './index.js'
import { translate } from '../translations/translated.js'

/**
 * `POST /api/smp-clinic/seed`: seeds on demand, for editors only. Safe to call repeatedly.
 */
export const seedEndpoint = (options: SanitizedSmpClinicOptions): Endpoint => ({
  handler: async (req) => {
    if (!(await options.access.canEdit({ req }))) {
      return Response.json(
        { errors: [{ message: translate(req, 'seedEditorsOnly') }] },
        { status: 403 },
      )
    }
    const result = await seed({ payload: req.payload, req })
    return Response.json(result, { status: 200 })
  },
  method: 'post',
  path: '/smp-clinic/seed',
})
