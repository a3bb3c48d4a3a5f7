import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { Forbidden } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { clinicsOfEditor } from './clinicsOfEditor.js'
import { type TenantId, tenantsOf } from './tenantScope.js'

/**
 * Whether the signed-in user may act for every one of `tenants`: they work for the whole chain,
 * or for each of those clinics (`clinicsOfEditor`: the tenants collection as they may read it).
 */
const actsForAll = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  tenants: TenantId[],
): Promise<boolean> => {
  if (!options.tenancy || !tenants.length) {
    return true
  }
  const clinics = await clinicsOfEditor(req, options)
  return clinics === 'all' || tenants.every((tenant) => clinics.includes(String(tenant)))
}

/**
 * A shared document (a practitioner at two clinics) is changed or deleted only by someone who
 * works for all of its clinics: an editor of one clinic would otherwise rename, take away or
 * delete the other clinic's practitioner. Trusted server calls (no user) are not limited.
 */
export const guardSharedChange =
  (options: SanitizedSmpClinicOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const tenancy = options.tenancy
    if (!tenancy || operation !== 'update' || !req.user) {
      return data
    }
    if (!(await actsForAll(req, options, tenantsOf(originalDoc, tenancy.field)))) {
      throw new Forbidden(req.t)
    }
    return data
  }

export const guardSharedDelete =
  (options: SanitizedSmpClinicOptions): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    const tenancy = options.tenancy
    if (!tenancy || !req.user) {
      return
    }
    const doc = await req.payload.findByID({
      id,
      collection: collection.slug as CollectionSlug,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    if (!(await actsForAll(req, options, tenantsOf(doc, tenancy.field)))) {
      throw new Forbidden(req.t)
    }
  }
