import type { PayloadRequest } from 'payload'

import type { SanitizedSubmissionsOptions } from '../options/types.js'

/**
 * The link an e-mail carries: to the site's page for it when `linkBase` is set (it calls the
 * endpoint with the token), else to the endpoint itself, which answers a browser with a page
 * whose button does it (a mail scanner that follows links changes nothing).
 */
export const endpointLink = (
  req: PayloadRequest,
  settings: SanitizedSubmissionsOptions,
  action: 'confirm' | 'revoke',
  token: string,
): string => {
  const base =
    settings.linkBase ??
    `${req.payload.config.serverURL || new URL(req.url!).origin}${req.payload.config.routes.api}/smp-clinic/submissions`
  return `${base.replace(/\/$/, '')}/${action}?token=${encodeURIComponent(token)}`
}
