import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { requestState } from '../hardening/requestState.js'
import { clinicGroupName } from './tenantFieldNames.js'
import { type TenantId, tenantScopeOf, tenantsOf } from './tenantScope.js'

type Doc = Record<string, unknown>

const tenantReads = requestState('tenancy.tenantDocs', () => new Map<string, Promise<Doc | null>>())

/**
 * A tenant document as the plugin reads it (once per request): its domain and clinic profile.
 */
export const tenantDoc = (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  id: TenantId,
): Promise<Doc | null> => {
  const tenancy = options.tenancy
  if (!tenancy) {
    return Promise.resolve(null)
  }
  const reads = tenantReads(req)
  let read = reads.get(String(id))
  if (!read) {
    read = req.payload
      .findByID({
        id,
        collection: tenancy.tenantsSlug as CollectionSlug,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
      })
      .then((doc) => (doc as Doc | null) ?? null)
      .catch(() => null)
    reads.set(String(id), read)
  }
  return read
}

const chosen = requestState(
  'tenancy.siteOptions',
  () => new Map<string, SanitizedSmpClinicOptions>(),
)

/**
 * The plugin's options as one clinic of a chain publishes them: its site's URL (its own
 * `clinic.siteUrl`, else `https://` and its domain) and its profile over the chain's. The clinic
 * is the one the reader visits, else (an editor, a webhook) the document's first. Without a
 * chain, or a clinic, the options as they are.
 */
export const siteOptionsFor = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  doc?: unknown,
): Promise<SanitizedSmpClinicOptions> => {
  const tenancy = options.tenancy
  if (!tenancy) {
    return options
  }
  const scope = await tenantScopeOf(req, options)
  const tenant = scope !== null && scope !== 'any' ? scope : tenantsOf(doc, tenancy.field)[0]
  if (tenant === undefined) {
    return options
  }
  const known = chosen(req).get(String(tenant))
  if (known) {
    return known
  }
  const found = await tenantDoc(req, options, tenant)
  const profile = (found?.[clinicGroupName] ?? {}) as Doc
  const domain = found?.[tenancy.domainField]
  const siteUrl =
    typeof profile.siteUrl === 'string' && profile.siteUrl.trim()
      ? profile.siteUrl.trim().replace(/\/+$/, '')
      : typeof domain === 'string' && domain.trim()
        ? `https://${domain.trim().toLowerCase()}`
        : options.site.url
  const name = typeof found?.name === 'string' && found.name.trim() ? found.name.trim() : undefined
  const own: SanitizedSmpClinicOptions = {
    ...options,
    site: {
      ...options.site,
      organization: { ...options.site.organization, ...(name ? { name } : {}) },
      profile: found ? profile : undefined,
      url: siteUrl,
    },
  }
  chosen(req).set(String(tenant), own)
  return own
}
