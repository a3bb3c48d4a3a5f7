import type { Endpoint } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { translate } from '../../translations/translated.js'
import { responseCacheOf } from './responseCache.js'

/**
 * `GET /api/smp-clinic/response-cache`: the response cache's counters on the app server that
 * answers (hits, misses, bypasses, evictions, invalidations, memory), for editors. `enabled` is
 * false when `frontend.responseCache` is off.
 */
export const responseCacheStatsEndpoint = (options: SanitizedSmpClinicOptions): Endpoint => ({
  handler: async (req) => {
    if (!(await options.access.canEdit({ req }))) {
      return Response.json(
        { errors: [{ message: translate(req, 'responseCacheEditorsOnly') }] },
        { headers: { 'cache-control': 'private, no-store' }, status: 403 },
      )
    }
    const cache = responseCacheOf(req.payload)
    return Response.json(cache ? { enabled: true, ...cache.counters() } : { enabled: false }, {
      headers: { 'cache-control': 'private, no-store' },
    })
  },
  method: 'get',
  path: '/smp-clinic/response-cache',
})
