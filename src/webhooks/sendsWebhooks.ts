import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

/**
 * Whether there is anyone to tell: the `webhooks` option may list no endpoints (one environment
 * of several), which keeps the delivery log in the schema but watches for nothing.
 */
export const sendsWebhooks = (options: SanitizedSmpClinicOptions): boolean =>
  Boolean(
    options.webhooks &&
    // In a chain, each clinic may name receivers of its own on its tenant.
    (options.webhooks.endpoints.length || options.tenancy) &&
    !options.disabled,
  )

/**
 * The content collections whose public changes (saves, and instants their read rules compare
 * with the clock) are sent as webhooks.
 */
export const webhookKeys: SmpCollectionKey[] = [
  'articles',
  'beforeAfterGalleries',
  'faqs',
  'practitioners',
  'testimonials',
  'topics',
]
