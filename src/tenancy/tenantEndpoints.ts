import type { PayloadRequest } from 'payload'

import type {
  SanitizedSmpClinicOptions,
  SmpWebhookEndpoint,
  SmpWebhookEvent,
} from '../options/types.js'

import { clinicWebhooksName } from './tenantFieldNames.js'
import { type TenantId } from './tenantScope.js'
import { tenantDoc } from './tenantSite.js'

/**
 * A receiver one clinic of a chain keeps on its tenant document.
 */
export type TenantEndpoint = SmpWebhookEndpoint & { tenant: string }

/**
 * The webhook receivers of the clinics `tenants` (each clinic's own, with its own secret), read
 * as they are now: a receiver an editor removed gets nothing more.
 */
export const tenantEndpoints = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  tenants: TenantId[],
): Promise<TenantEndpoint[]> => {
  if (!options.tenancy) {
    return []
  }
  const endpoints: TenantEndpoint[] = []
  for (const tenant of new Set(tenants.map(String))) {
    const doc = await tenantDoc(req, options, tenant)
    const rows = Array.isArray(doc?.[clinicWebhooksName])
      ? (doc[clinicWebhooksName] as unknown[])
      : []
    for (const row of rows as Record<string, unknown>[]) {
      if (typeof row.url === 'string' && row.url && typeof row.secret === 'string' && row.secret) {
        const events = Array.isArray(row.events) && row.events.length ? row.events : undefined
        endpoints.push({
          events: events as SmpWebhookEvent[] | undefined,
          secret: row.secret,
          tenant,
          url: row.url,
        })
      }
    }
  }
  return endpoints
}
