import type { Access, CollectionAfterReadHook, CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { ofTenant, tenantScopeOf, tenantsOf } from './tenantScope.js'

/**
 * A clinic collection's read rule in a chain: editors' reads are left as they are
 * (plugin-multi-tenant narrows them to their clinics), and everyone else reads, of what the rule
 * lets through, only the clinic they are visiting. Wraps whatever rule the collection ends up
 * with (the plugin's, or a host's override), so the two AND together and either can say no.
 */
export const scopeReadToTenant = (
  collection: CollectionConfig,
  options: SanitizedSmpClinicOptions,
): CollectionConfig => {
  const tenancy = options.tenancy
  if (!tenancy) {
    return collection
  }
  const read = collection.access?.read
  const scoped: Access = async (args) => {
    const result = read ? await read(args) : Boolean(args.req.user)
    if (result === false || (await options.access.canEdit({ req: args.req }))) {
      return result
    }
    const scope = await tenantScopeOf(args.req, options)
    if (scope === 'any') {
      return result
    }
    if (scope === null) {
      // A domain no clinic has: an empty answer on every path (a list is empty, a document not
      // found), as for any document a visitor may not read.
      return { id: { exists: false } }
    }
    const own = ofTenant(tenancy.field, scope)
    return result === true ? own : { and: [result, own] }
  }
  // A shared document (a practitioner at two clinics) names its clinics: a visitor of one is
  // told of that one only, or the answer would name (and, populated, show) the others.
  const ownClinicOnly: CollectionAfterReadHook = async ({ doc, req }) => {
    const value = doc?.[tenancy.field]
    if (!Array.isArray(value)) {
      return doc
    }
    // Only a visitor of one clinic: editors, trusted server calls and the plugin's own questions
    // (no clinic asked) see every clinic, and a visitor of no clinic reads nothing anyway.
    const scope = await tenantScopeOf(req, options)
    if (scope === null || scope === 'any' || (await options.access.canEdit({ req }))) {
      return doc
    }
    const own = value.filter((each) => String(tenantsOf({ t: each }, 't')[0]) === String(scope))
    return { ...doc, [tenancy.field]: own }
  }
  return {
    ...collection,
    access: { ...collection.access, read: scoped },
    hooks: {
      ...collection.hooks,
      afterRead: [...(collection.hooks?.afterRead ?? []), ownClinicOnly],
    },
  }
}
