import type { Endpoint } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { nextVisibilityChange } from './nextVisibilityChange.js'

/**
 * `GET /api/smp-clinic/next-change`: the next instant anything public stops being
 * public without anyone saving anything (a consent reaching its end, an image its last public
 * use), for a site that rebuilds its pages on a schedule. It names no document, and looks only
 * `frontend.nextChangeWithin` ahead (a day): an instant further away is `null` until then, so
 * a client's decision dated ahead is not seen before it matters.
 *
 * Cached by anyone until the instant, or for at most a minute.
 */
export const nextChangeEndpoint = (options: SanitizedSmpClinicOptions): Endpoint => ({
  handler: async (req) => {
    const now = options.clock()
    const within = new Date(now.getTime() + options.frontend.nextChangeWithin * 1000)
    const next = await nextVisibilityChange(req.payload, options)
    const nextChange = next && next <= within ? next : null
    const maxAge = Math.max(
      0,
      Math.min(60, nextChange ? Math.floor((nextChange.getTime() - now.getTime()) / 1000) : 60),
    )
    return Response.json(
      { lookedUntil: within.toISOString(), nextChange: nextChange?.toISOString() ?? null },
      { headers: { 'cache-control': `public, max-age=${maxAge}` } },
    )
  },
  method: 'get',
  path: '/smp-clinic/next-change',
})
