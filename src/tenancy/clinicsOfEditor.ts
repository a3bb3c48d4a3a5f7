import type { CollectionSlug, PayloadRequest, TypedUser } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { requestState } from '../hardening/requestState.js'
import { docsPassing, readRule } from '../privacy/readRule.js'

/**
 * The clinics of a chain an editor works for: `'all'`, or the ids (as text) of those they may
 * read in the tenants collection.
 */
export type EditorClinics = 'all' | string[]

const known = requestState('tenancy.editorClinics', () => ({
  clinics: undefined as Promise<EditorClinics> | undefined,
  user: undefined as null | TypedUser | undefined,
}))

const work = async (req: PayloadRequest, tenantsSlug: CollectionSlug): Promise<EditorClinics> => {
  const rule = await readRule(req, tenantsSlug)
  if (rule === true) {
    return 'all'
  }
  return (await docsPassing(req, tenantsSlug, rule)).map((doc) => String(doc.id))
}

/**
 * Which clinics the request's user works for, by the tenants collection's own read access, as
 * Payload would apply it: plugin-multi-tenant narrows it to a user's own tenants, and leaves it
 * whole for the users it says may see every tenant, who work for the chain as a whole. (Who the
 * user is decides it, not how many clinics there are: a clinic's editor does not come to work
 * for the chain because the other clinics left it.) Worked out once per request and user: a
 * Local API call may pass the same request on with another user.
 */
export const clinicsOfEditor = (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
): Promise<EditorClinics> => {
  const tenancy = options.tenancy
  if (!tenancy) {
    return Promise.resolve('all')
  }
  const state = known(req)
  if (!state.clinics || state.user !== req.user) {
    state.user = req.user
    state.clinics = work(req, tenancy.tenantsSlug as CollectionSlug)
    // A failed look-up is not remembered: the next check asks again.
    state.clinics.catch(() => {
      if (state.user === req.user) {
        state.clinics = undefined
      }
    })
  }
  return state.clinics
}
