import type { PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions, SmpWebhookEndpoint } from '../options/types.js'
import type { SmpWebhookBody } from './body.js'

import { deliveryTenantName, webhookDeliveriesSlug } from './deliveries/slug.js'
import { tenantEndpoints } from '../tenancy/tenantEndpoints.js'
import { lockUntilCommit } from '../hardening/transactionLocks.js'
import { sendAfterCommit } from './sendNow.js'
import { deliverTaskSlug, webhookQueue } from '../options/webhookQueue.js'

/**
 * Records a delivery of `body` for each endpoint that wants its event, and queues its job, in
 * the request's transaction: the deliveries exist if and only if the change commits, and the job
 * runner (which sees committed jobs only) sends them after the commit.
 */
export const enqueueDeliveries = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  body: SmpWebhookBody,
  {
    onlyUrl,
    receivers = 'all',
    replayOf,
  }: {
    /** A replay's one receiver. */
    onlyUrl?: string
    /** The chain's receivers (the option's), the clinics' own (on their tenants), or both. */
    receivers?: 'all' | 'chain' | 'clinics'
    /** The delivery a replay repeats. */
    replayOf?: string
  } = {},
): Promise<(number | string)[]> => {
  if (!options.webhooks) {
    return []
  }
  const text = JSON.stringify(body)
  const queued: (number | string)[] = []
  // The chain's receivers, then (in a chain) those of each clinic the document belongs to.
  const endpoints: (SmpWebhookEndpoint & { tenant?: string })[] = [
    ...(receivers === 'clinics' ? [] : options.webhooks.endpoints),
    ...(receivers !== 'chain' && body.tenants?.length
      ? await tenantEndpoints(req, options, body.tenants)
      : []),
  ]
  for (const endpoint of endpoints) {
    if (
      (onlyUrl !== undefined && endpoint.url !== onlyUrl) ||
      (endpoint.events && !endpoint.events.includes(body.event))
    ) {
      continue
    }
    const receiver =
      endpoint.tenant === undefined ? endpoint.url : `${endpoint.url} ${endpoint.tenant}`
    const dedupeKey = replayOf
      ? `${receiver} ${body.id} replay ${replayOf} ${Date.now()}`
      : `${receiver} ${body.id}`
    // Two transactions recording one change at once (the consent task, and another instance's
    // poller noticing the same lapse) would both find none, and the later would fail on the
    // unique key, taking its whole transaction down with it. They take turns instead, and the
    // later one finds the delivery.
    await lockUntilCommit(req, `payload-plugin-smp-clinic:webhook:${dedupeKey}`)
    const { totalDocs } = await req.payload.count({
      collection: webhookDeliveriesSlug,
      overrideAccess: true,
      req,
      where: { dedupeKey: { equals: dedupeKey } },
    })
    if (totalDocs) {
      continue
    }
    const delivery = await req.payload.create({
      collection: webhookDeliveriesSlug,
      data: {
        body: text,
        collectionSlug: body.collection,
        dedupeKey,
        documentId: body.docId,
        endpoint: endpoint.url,
        ...(endpoint.tenant === undefined ? {} : { [deliveryTenantName]: endpoint.tenant }),
        event: body.event,
        key: body.id,
        replayOf,
        state: 'pending',
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      input: { delivery: String(delivery.id) },
      overrideAccess: true,
      queue: webhookQueue,
      req,
      task: deliverTaskSlug,
    } as never)
    queued.push(delivery.id)
  }
  if (queued.length) {
    // Sent as soon as the change is committed, not at the next poll.
    await sendAfterCommit(req)
  }
  return queued
}
