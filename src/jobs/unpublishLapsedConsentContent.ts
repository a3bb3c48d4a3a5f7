import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { pluginOptions } from '../options/optionsKey.js'
import { scheduleAfterLapsedClaims } from '../hardening/jobLeases.js'
import { smpClinicQueue } from '../options/queues.js'
import { inTransaction } from '../hardening/inTransaction.js'
import { lockUntilCommit } from '../hardening/transactionLocks.js'
import { reportLapse } from '../webhooks/lapse.js'
import { publicDocsAt } from '../privacy/ruleInstants.js'
import { sendsWebhooks } from '../webhooks/sendsWebhooks.js'
import { localRequest } from '../hardening/localRequest.js'

/**
 * Unpublishes testimonials and galleries whose consent has reached its expiry or revocation
 * date. Privacy does not depend on it: public reads (and photos) are hidden from that instant by
 * read access. This only tidies statuses so the admin panel agrees (and, with webhooks, makes
 * sure the site has heard of each lapse). Safe to run from several processes at once.
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
  const localReq = req ?? (await localRequest(payload))
  // Two runs at once (the job runners of two instances, or a host's call beside the scheduled
  // task) would both find, and both unpublish, the same documents. Runs take turns across every
  // process on the database, each reading what the one before it committed.
  return inTransaction(localReq, async () => {
    await lockUntilCommit(localReq, 'payload-plugin-smp-clinic:unpublish-lapsed')
    return unpublishLapsed(payload, localReq, consentSlug, options)
  })
}

const unpublishLapsed = async (
  payload: Payload,
  localReq: PayloadRequest,
  consentSlug: string,
  options: SanitizedSmpClinicOptions,
): Promise<number> => {
  const now = options.clock().toISOString()
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
  for (const key of ['testimonials', 'beforeAfterGalleries'] as const) {
    const collection = options.slugs[key]
    if (!collection) {
      continue
    }
    const where: Where = { and: [{ consent: { in: ids } }, { _status: { equals: 'published' } }] }
    // Which of them the public could read just before their consent ended, asked before they are
    // unpublished here (afterwards the rule sees drafts).
    const told = new Set<string>()
    if (sendsWebhooks(options)) {
      const { docs: published } = await payload.find({
        collection,
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req: localReq,
        select: { visibleUntil: true },
        where,
      })
      for (const doc of published as Record<string, unknown>[]) {
        const end = typeof doc.visibleUntil === 'string' ? Date.parse(doc.visibleUntil) : NaN
        if (
          !Number.isNaN(end) &&
          (await publicDocsAt(localReq, collection, [doc.id as number | string], new Date(end - 1)))
            .length
        ) {
          told.add(String(doc.id))
        }
      }
    }
    const { docs } = await payload.update({
      collection,
      data: { _status: 'draft' },
      depth: 0,
      overrideAccess: true,
      req: localReq,
      where,
    })
    unpublished += docs.length
    // The poller tells the site about public documents whose consent has ended; once this has
    // unpublished one, the poller no longer finds it, so the lapse is reported here (under the
    // same key: whichever of the two comes first sends it).
    for (const doc of docs as Record<string, unknown>[]) {
      if (told.has(String(doc.id))) {
        await reportLapse(
          localReq,
          options,
          key,
          collection,
          doc,
          new Date(doc.visibleUntil as string),
          true,
        )
      }
    }
  }
  return unpublished
}

export { smpClinicQueue }

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
  ...(options.disabled
    ? {}
    : {
        schedule: [
          {
            cron: '0 * * * *',
            hooks: { beforeSchedule: scheduleAfterLapsedClaims(options) },
            queue: smpClinicQueue,
          },
        ],
      }),
})
