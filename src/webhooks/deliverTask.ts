import type { TaskConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { deliveryTenantName, webhookDeliveriesSlug } from './deliveries/slug.js'
import { tenantEndpoints } from '../tenancy/tenantEndpoints.js'
import { deliverTaskSlug } from '../options/webhookQueue.js'
import { signatureFor, signatureHeader } from './signature.js'

type Attempt = { at: string; durationMs: number; error?: null | string; status: number }

type DeliveryState = 'delivered' | 'failed' | 'pending' | 'retrying'

/**
 * The error of an attempt under way, and what it reads once a later run finds it left by a
 * process that stopped before the receiver's answer was recorded.
 */
const sending = 'sending'
const interrupted = 'interrupted: the sending process stopped before the answer was recorded'

/**
 * Sends one delivery: a POST of its body, signed, with its idempotency key. A receiver that does
 * not answer 2xx within 10 seconds gets it again later (Payload's job retries, with exponential
 * backoff), and every attempt is written to the delivery log as it happens.
 */
export const deliverWebhookTask = (options: SanitizedSmpClinicOptions): TaskConfig => ({
  slug: deliverTaskSlug,
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const id = (input as { delivery: string }).delivery
    const delivery = (await payload.findByID({
      collection: webhookDeliveriesSlug,
      depth: 0,
      id,
      overrideAccess: true,
    })) as unknown as {
      attempts?: Attempt[]
      body: string
      endpoint: string
      event: string
      key: string
      state: DeliveryState
      [deliveryTenantName]?: null | string
    }
    // A clinic's own receiver is looked up on its tenant as it is now, the chain's in the config.
    const tenant = delivery[deliveryTenantName]
    const endpoint = !options.webhooks
      ? undefined
      : tenant
        ? (await tenantEndpoints(req, options, [tenant])).find(
            ({ url }) => url === delivery.endpoint,
          )
        : options.webhooks.endpoints.find(({ url }) => url === delivery.endpoint)
    if (!endpoint) {
      // The endpoint was removed from the config since: nothing to send it to.
      return { output: { status: 0 } }
    }
    if (delivery.state === 'delivered') {
      // A run that sent it and recorded so, then stopped before the job was marked done.
      return { output: { status: delivery.attempts?.at(-1)?.status ?? 0 } }
    }
    // An attempt a stopped process began and never finished: whether it reached the receiver
    // is unknown (the receiver's log of Idempotency-Keys tells).
    const earlier = (delivery.attempts ?? []).map(({ at, durationMs, error, status }) => ({
      at,
      durationMs,
      error: error === sending ? interrupted : error,
      status,
    }))
    const record = (attempt: Attempt, state: DeliveryState, deliveredAt?: string) =>
      // Written outside the job's own transaction, so a failed attempt is kept as well.
      payload.update({
        collection: webhookDeliveriesSlug,
        data: { attempts: [...earlier, attempt], deliveredAt, state },
        depth: 0,
        id,
        overrideAccess: true,
      })
    const started = Date.now()
    // Recorded before it is sent, so the log shows an attempt that a crash cut short.
    await record(
      { at: new Date(started).toISOString(), durationMs: 0, error: sending, status: 0 },
      delivery.state,
    )
    let status = 0
    let error: string | undefined
    try {
      const response = await fetch(endpoint.url, {
        body: delivery.body,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': delivery.key,
          [signatureHeader]: signatureFor(endpoint.secret, delivery.body, new Date()),
          'user-agent': 'payload-plugin-smp-clinic webhooks',
          'x-smp-delivery': String(id),
          'x-smp-event': delivery.event,
        },
        method: 'POST',
        // A redirect could send the signed body somewhere else.
        redirect: 'manual',
        signal: AbortSignal.timeout(10_000),
      })
      status = response.status
      await response.body?.cancel()
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause)
    }
    const delivered = status >= 200 && status < 300
    const lastTry =
      (job.totalTried ?? 0) >= (options.webhooks ? options.webhooks.retry.attempts : 0)
    await record(
      { at: new Date(started).toISOString(), durationMs: Date.now() - started, error, status },
      delivered ? 'delivered' : lastTry ? 'failed' : 'retrying',
      delivered ? new Date().toISOString() : undefined,
    )
    if (!delivered) {
      throw new Error(`webhook delivery ${id} to ${endpoint.url}: ${error ?? `HTTP ${status}`}`)
    }
    return { output: { status } }
  },
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  label: 'Deliver a webhook',
  outputSchema: [{ name: 'status', type: 'number' }],
  retries: options.webhooks
    ? {
        attempts: options.webhooks.retry.attempts,
        backoff: { delay: options.webhooks.retry.delayMs, type: 'exponential' },
      }
    : 0,
})
