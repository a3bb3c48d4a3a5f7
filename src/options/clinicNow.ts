import type { Payload, PayloadRequest } from 'payload'

import { pluginOptions } from './optionsKey.js'

/**
 * The time as the plugin reads it (the `clock` option, else the system's), for a host's read rule
 * that compares dates with it. A rule that reads it can be asked about any instant, so the
 * instants it compares with (an embargo, "news of the last 30 days") are announced when they
 * pass: webhooks, image visibility and cache lifetimes follow. A rule that reads `new Date()` is
 * followed only where it compares with the time itself, with no offset.
 *
 * @example
 * access: {
 *   read: ({ req }) =>
 *     req.user
 *       ? true
 *       : { publishedAt: { greater_than: new Date(clinicNow(req).getTime() - 30 * day) } },
 * }
 */
export const clinicNow = (
  from: Pick<Payload, 'config'> | Pick<PayloadRequest, 'payload'>,
): Date => {
  const payload = 'payload' in from ? from.payload : from
  return pluginOptions(payload)?.clock() ?? new Date()
}
