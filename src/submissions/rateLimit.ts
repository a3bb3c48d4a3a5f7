import type { PayloadRequest, Where } from 'payload'

import type { SanitizedSubmissionsOptions } from '../options/types.js'

/**
 * Which limit a new submission would pass, if any: the submissions stored in the window from the
 * same address (IP, then e-mail), counted in the database, so every app server shares the count.
 * Returns the field to name and the seconds until the oldest in the window leaves it.
 */
export const overRate = async (
  req: PayloadRequest,
  settings: SanitizedSubmissionsOptions,
  now: Date,
  hashes: { emailHash: string; ipHash: string },
): Promise<null | { field: 'email' | 'ip'; retryAfter: number }> => {
  const windowMs = settings.rateLimit.windowMinutes * 60_000
  const since = new Date(now.getTime() - windowMs).toISOString()
  const checks: { field: 'email' | 'ip'; limit: number; where: Where }[] = [
    { field: 'ip', limit: settings.rateLimit.perIp, where: { ipHash: { equals: hashes.ipHash } } },
    {
      field: 'email',
      limit: settings.rateLimit.perEmail,
      where: { emailHash: { equals: hashes.emailHash } },
    },
  ]
  for (const { field, limit, where } of checks) {
    const { docs, totalDocs } = await req.payload.find({
      collection: settings.slug,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      select: { submittedAt: true },
      sort: 'submittedAt',
      where: { and: [where, { submittedAt: { greater_than: since } }] },
    })
    if (totalDocs >= limit) {
      const oldest = new Date(String((docs[0] as { submittedAt?: string })?.submittedAt ?? now))
      const retryAfter = Math.max(
        1,
        Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 1000),
      )
      return { field, retryAfter }
    }
  }
  return null
}
