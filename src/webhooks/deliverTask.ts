import type { TaskConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../types.js'

import { webhookDeliveriesSlug } from '../collections/WebhookDeliveries/index.js'
import { deliverTaskSlug } from './queue.js'
import { signatureFor, signatureHeader } from './signature.js'

type Attempt = { at: string; durationMs: number; error?: string; status: number }

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
    }
    const endpoint = options.webhooks
      ? options.webhooks.endpoints.find(({ url }) => url === delivery.endpoint)
      : undefined
    if (!endpoint) {
      // The endpoint was removed from the config since: nothing to send it to.
      return { output: { status: 0 } }
    }
    const started = Date.now()
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
    const lastTry = (job.totalTried ?? 0) >= (options.webhooks ? options.webhooks.attempts : 0)
    // Written outside the job's own transaction, so a failed attempt is kept as well.
    await payload.update({
      collection: webhookDeliveriesSlug,
      data: {
        attempts: [
          ...(delivery.attempts ?? []).map(({ at, durationMs, error, status }) => ({
            at,
            durationMs,
            error,
            status,
          })),
          { at: new Date().toISOString(), durationMs: Date.now() - started, error, status },
        ],
        deliveredAt: delivered ? new Date().toISOString() : undefined,
        state: delivered ? 'delivered' : lastTry ? 'failed' : 'retrying',
      },
      depth: 0,
      id,
      overrideAccess: true,
    })
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
        attempts: options.webhooks.attempts,
        backoff: { delay: options.webhooks.delayMs, type: 'exponential' },
      }
    : 0,
})
