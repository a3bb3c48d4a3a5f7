import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { AsyncLocalStorage } from 'node:async_hooks'

import { requestState } from '../hardening/requestState.js'
import { normalDomain } from './domain.js'

export type TenantId = number | string

/**
 * Whose content a reader with no editing rights reads: one clinic, no clinic (a request for a
 * domain no clinic has), or `'any'` for the plugin's own questions about the public as a whole
 * (is this photo shown anywhere? when does this document next change?), which never answer a
 * visitor.
 */
export type TenantScope = 'any' | null | TenantId

/**
 * The key under which a Local API read for a visitor names its clinic (`context: { smpTenant }`).
 */
export const tenantContextKey = 'smpTenant'

const given = requestState('tenancy.given', () => ({ scope: undefined as TenantScope | undefined }))
const found = requestState('tenancy.found', () => ({
  scope: undefined as Promise<TenantScope> | undefined,
}))

const speaking = new AsyncLocalStorage<TenantId>()

/**
 * Runs `work` as the voice of one clinic: the plugin's questions about the public inside it
 * (which pages show this, which images to purge) are asked of that clinic's visitors, so what a
 * clinic's webhook receiver is told names nothing of another clinic.
 */
export const speakingFor = <T>(tenant: TenantId, work: () => Promise<T>): Promise<T> =>
  speaking.run(tenant, work)

/**
 * The clinic the current work speaks for, if any (see `speakingFor`).
 */
export const speakingTenant = (): TenantId | undefined => speaking.getStore()

/**
 * Makes `req` read as a visitor of `scope`, whatever its headers say: the plugin's own requests
 * (the sitemap's, a webhook's) say which clinic they speak for.
 */
export const readAsVisitorOf = (req: PayloadRequest, scope: TenantScope): PayloadRequest => {
  given(req).scope = scope
  return req
}

/**
 * The domain a request asked for, as a tenant's domain field holds it (see `normalDomain`).
 */
export const requestedDomain = (req: PayloadRequest): null | string =>
  normalDomain(req.headers?.get?.('host'))

const asId = (value: unknown): TenantId | undefined =>
  typeof value === 'number' || (typeof value === 'string' && value)
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? asId((value as { id: unknown }).id)
      : undefined

/**
 * The id of the first tenant `where` selects, as stored, or null.
 */
const firstTenant = async (
  req: PayloadRequest,
  tenantsSlug: string,
  where: Where,
): Promise<null | TenantId> => {
  const { docs } = await req.payload.find({
    collection: tenantsSlug as CollectionSlug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    select: { id: true } as never,
    where,
  })
  return asId((docs[0] as undefined | { id?: unknown })?.id) ?? null
}

/**
 * The tenant whose domain is `domain`, or null.
 */
export const tenantOfDomain = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  domain: null | string,
): Promise<null | TenantId> => {
  const tenancy = options.tenancy
  return tenancy && domain
    ? firstTenant(req, tenancy.tenantsSlug, { [tenancy.domainField]: { equals: domain } })
    : null
}

/**
 * The tenant `id` names, with its id as stored, or null when there is none: what a host's
 * `visitorTenant` returns comes from a request header, and `'05'` must not read as clinic 5 under
 * a name the response cache does not know it by.
 */
const existingTenant = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  id: TenantId,
): Promise<null | TenantId> => {
  if (!options.tenancy) {
    return null
  }
  try {
    const stored = await firstTenant(req, options.tenancy.tenantsSlug, { id: { equals: id } })
    return stored !== null && String(stored) === String(id) ? stored : null
  } catch {
    // Not an id this database can compare (letters where ids are numbers): no clinic.
    return null
  }
}

/**
 * The clinic this request reads as a visitor (worked out once per request): the one the plugin
 * said, else the one the Local API call names in its context, else the host's `visitorTenant`,
 * else the tenant whose domain the request asked for. None of those: no clinic, nothing to read.
 */
export const tenantScopeOf = (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
): Promise<TenantScope> => {
  const said = given(req).scope
  if (said !== undefined) {
    return Promise.resolve(said)
  }
  const state = found(req)
  state.scope ??= (async () => {
    const named = asId((req.context as Record<string, unknown> | undefined)?.[tenantContextKey])
    if (named !== undefined) {
      return named
    }
    const tenancy = options.tenancy
    if (!tenancy) {
      return 'any'
    }
    const chosen = asId(await tenancy.visitorTenant?.({ req }))
    return chosen === undefined
      ? tenantOfDomain(req, options, requestedDomain(req))
      : existingTenant(req, options, chosen)
  })()
  return state.scope
}

/**
 * The documents of `scope`'s clinic, for a collection whose tenant field is `field` (one clinic,
 * or several for a shared collection: `in` matches either).
 */
export const ofTenant = (field: string, tenant: TenantId): Where => ({
  [field]: { in: [tenant] },
})

/**
 * The tenant ids a document belongs to, from its tenant field (one, several, or populated).
 */
export const tenantsOf = (doc: unknown, field: string): TenantId[] => {
  const value = doc && typeof doc === 'object' ? (doc as Record<string, unknown>)[field] : undefined
  const values = Array.isArray(value) ? value : [value]
  return values.map(asId).filter((id): id is TenantId => id !== undefined)
}
