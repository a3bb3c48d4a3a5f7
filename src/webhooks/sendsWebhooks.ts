import type { SanitizedSmpClinicOptions } from '../options/types.js'

/**
 * Whether there is anyone to tell: the `webhooks` option may list no endpoints (one environment
 * of several), which keeps the delivery log in the schema but watches for nothing.
 */
export const sendsWebhooks = (options: SanitizedSmpClinicOptions): boolean =>
  Boolean(options.webhooks && options.webhooks.endpoints.length && !options.disabled)
