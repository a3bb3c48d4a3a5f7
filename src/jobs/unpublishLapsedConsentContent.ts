import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { createLocalReq } from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

import { pluginOptions } from '../plugins/optionsKey.js'

/**
 * Unpublishes testimonials and galleries whose consent has reached its expiry or revocation
 * date. Privacy does not depend on it: public reads (and photos) are hidden from that instant by
 * read access. This only tidies statuses so the admin panel agrees.
 * Returns how many documents were unpublished.
 */
export const unpublishLapsedConsentContent = async ({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<number> => {
  const options = pluginOptions(payload)
  const consentSlug = options?.slugs.consents
  if (!options || options.disabled || !consentSlug) {
    return 0
  }
  const localReq = req ?? (await createLocalReq({}, payload))
  const now = options.now().toISOString()
  const lapsed = await payload.find({
    collection: consentSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req: localReq,
    where: {
      or: [{ expiresAt: { less_than_equal: now } }, { revokedAt: { less_than_equal: now } }],
    },
  })
  const ids = lapsed.docs.map((doc) => doc.id)
  if (!ids.length) {
    return 0
  }
  let unpublished = 0
  for (const collection of [options.slugs.testimonials, options.slugs.beforeAfterGalleries]) {
    if (!collection) {
      continue
    }
    const { docs } = await payload.update({
      collection,
      data: { _status: 'draft' },
      depth: 0,
      overrideAccess: true,
      req: localReq,
      where: { and: [{ consent: { in: ids } }, { _status: { equals: 'published' } }] },
    })
    unpublished += docs.length
  }
  return unpublished
}

/**
 * The queue the plugin's scheduled task is placed on; run it with `jobs.autoRun`.
 */
export const smpClinicQueue = 'smp-clinic'

/**
 * Hourly task that calls `unpublishLapsedConsentContent`. It is scheduled on the `smp-clinic`
 * queue; hosts run that queue with `jobs.autoRun` (the dev app does) or their own job runner.
 */
export const unpublishLapsedConsentsTask = (options: SanitizedSmpClinicOptions): TaskConfig => ({
  slug: 'smpUnpublishLapsedConsents',
  handler: async ({ req }) => ({
    output: { unpublished: await unpublishLapsedConsentContent({ payload: req.payload, req }) },
  }),
  label: 'Unpublish content whose consent has lapsed',
  outputSchema: [{ name: 'unpublished', type: 'number' }],
  retries: 2,
  ...(options.disabled ? {} : { schedule: [{ cron: '0 * * * *', queue: smpClinicQueue }] }),
})
