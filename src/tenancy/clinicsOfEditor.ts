import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { requestState } from '../hardening/requestState.js'

/**
 * The clinics of a chain an editor works for: `'all'`, or the ids (as text) of those they may
 * read in the tenants collection.
 */
export type EditorClinics = 'all' | string[]

const known = requestState('tenancy.editorClinics', () => ({
  clinics: undefined as Promise<EditorClinics> | undefined,
}))

/**
 * Which clinics the request's user works for, by the tenants collection's own access:
 * plugin-multi-tenant lets each user read only their tenants (all of them for those it says may
 * see every tenant), so that is the answer, whatever field or rule a chain keeps them by. A user
 * who can read every clinic works for the chain as a whole. Worked out once per request.
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
  state.clinics ??= (async () => {
    const collection = tenancy.tenantsSlug as CollectionSlug
    const [readable, total] = await Promise.all([
      req.payload.find({
        collection,
        depth: 0,
        overrideAccess: false,
        pagination: false,
        req,
        select: { id: true } as never,
        user: req.user,
      }),
      req.payload.count({ collection, overrideAccess: true, req }),
    ])
    return readable.docs.length >= total.totalDocs
      ? 'all'
      : readable.docs.map((doc) => String((doc as { id: number | string }).id))
  })()
  return state.clinics
}
