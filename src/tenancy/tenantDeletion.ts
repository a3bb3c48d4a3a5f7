import type {
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  Field,
  PayloadRequest,
} from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { requestState } from '../hardening/requestState.js'
import { translated } from '../translations/translated.js'
import { tenantScopedSlugs } from './scopedSlugs.js'
import { tenantsOf } from './tenantScope.js'
import { tenantDoc } from './tenantSite.js'

/**
 * Where a consent keeps the clinic it was given to once that clinic's tenant is deleted.
 */
export const formerClinicName = 'formerClinic'

/**
 * The consent's record of the clinic it was given to, filled when that clinic leaves the chain:
 * the signed authorization is evidence for its whole retention period (HIPAA keeps
 * authorizations six years), whoever the clinic was.
 */
export const formerClinicField = (): Field => ({
  name: formerClinicName,
  type: 'group',
  access: { create: () => false, update: () => false },
  admin: {
    condition: (data) => Boolean(data?.[formerClinicName]?.removedAt),
    description: translated('consentFormerClinicDescription'),
    readOnly: true,
  },
  fields: [
    { name: 'tenantId', type: 'text', label: translated('consentFormerClinicId') },
    { name: 'name', type: 'text', label: translated('consentFormerClinicName') },
    { name: 'removedAt', type: 'date', label: translated('consentFormerClinicRemovedAt') },
  ],
  label: translated('consentFormerClinic'),
})

/**
 * The clinic's own documents go with it, before its row does: on SQL databases the tenant
 * field's foreign key empties the field when the row goes, so plugin-multi-tenant's clean-up
 * (after the delete, by tenant) finds nothing and leaves them orphaned. A shared document (a
 * practitioner at several clinics) only leaves this clinic; one that was at this clinic alone
 * goes. Consents stay (below).
 */
const removeClinicContent = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  tenant: number | string,
) => {
  const tenancy = options.tenancy
  if (!tenancy) {
    return
  }
  const shared = new Set(tenancy.shared.map((key) => options.slugs[key]))
  for (const slug of tenantScopedSlugs(options)) {
    if (slug === options.slugs.consents) {
      continue
    }
    const where = { [tenancy.field]: { in: [tenant] } }
    if (shared.has(slug)) {
      const { docs } = await req.payload.find({
        collection: slug as CollectionSlug,
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        select: { [tenancy.field]: true } as never,
        where,
      })
      for (const doc of docs as unknown as { id: number | string }[]) {
        const others = tenantsOf(doc, tenancy.field).filter((id) => String(id) !== String(tenant))
        if (others.length) {
          await req.payload.db.updateOne({
            id: doc.id,
            collection: slug,
            data: { [tenancy.field]: others },
            req,
          })
        } else {
          await req.payload.delete({
            id: doc.id,
            depth: 0,
            collection: slug as CollectionSlug,
            overrideAccess: true,
            req,
          })
        }
      }
      continue
    }
    await req.payload.delete({
      collection: slug as CollectionSlug,
      depth: 0,
      overrideAccess: true,
      req,
      where,
    })
  }
}

/**
 * Users' memberships of the clinic go before its row does: each is an array row whose tenant
 * is required, so the database refuses to empty it and the whole deletion fails (a clinic with
 * editors could never be deleted). plugin-multi-tenant removes them only after the delete.
 */
const removeMemberships = async (
  req: PayloadRequest,
  options: SanitizedSmpClinicOptions,
  tenant: number | string,
) => {
  const tenancy = options.tenancy
  const usersSlug = req.payload.config.admin?.user
  const users = usersSlug ? req.payload.collections[usersSlug as CollectionSlug]?.config : undefined
  if (!tenancy || !users) {
    return
  }
  for (const field of users.flattenedFields) {
    if (field.type !== 'array') {
      continue
    }
    const inner = field.flattenedFields.find(
      (each) =>
        each.type === 'relationship' && each.relationTo === tenancy.tenantsSlug && !each.hasMany,
    )
    if (!inner) {
      continue
    }
    const { docs } = await req.payload.find({
      collection: usersSlug as CollectionSlug,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { [`${field.name}.${inner.name}`]: { equals: tenant } },
    })
    for (const user of docs as unknown as Record<string, unknown>[]) {
      const rows = (Array.isArray(user[field.name]) ? user[field.name] : []) as Record<
        string,
        unknown
      >[]
      await req.payload.update({
        id: user.id as number | string,
        collection: usersSlug as CollectionSlug,
        data: {
          [field.name]: rows.filter(
            (row) => String(tenantsOf(row, inner.name)[0]) !== String(tenant),
          ),
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  }
}

/**
 * The consents of each tenant being deleted in this request, and the clinic's name, noted before
 * its row goes (the foreign key empties their tenant field with the row).
 */
const leaving = requestState('tenancy.leaving', () => ({
  consents: new Map<string, { ids: (number | string)[]; name: null | string }>(),
  // A bulk delete runs each tenant's hooks at once: they take turns, or two clinics sharing an
  // editor would each rewrite that editor's memberships from a stale read.
  turn: Promise.resolve() as Promise<unknown>,
}))

/**
 * Before a tenant is deleted: its users' memberships and its content go first (see above), and
 * its consents are noted, to be kept. Runs one tenant at a time per request.
 */
export const prepareTenantDeletion =
  (options: SanitizedSmpClinicOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const tenancy = options.tenancy
    if (!tenancy || options.disabled) {
      return
    }
    const state = leaving(req)
    const mine = state.turn.then(async () => {
      const name = (await tenantDoc(req, options, id))?.name
      await removeMemberships(req, options, id)
      await removeClinicContent(req, options, id)
      const consents = options.slugs.consents
      const { docs } = consents
        ? await req.payload.db.find({
            collection: consents,
            limit: 0,
            pagination: false,
            req,
            select: { id: true },
            where: { [tenancy.field]: { equals: id } },
          })
        : { docs: [] }
      state.consents.set(String(id), {
        ids: docs.map((doc) => (doc as { id: number | string }).id),
        name: typeof name === 'string' ? name : null,
      })
    })
    state.turn = mine.catch(() => undefined)
    await mine
  }

/**
 * Once a tenant's row is gone, its consents stay rather than go with it (plugin-multi-tenant
 * deletes every document of a deleted tenant, after this hook): each keeps the clinic's id and
 * name and the time, and belongs to no clinic, so only users with access to every clinic read it.
 * Written straight to the database in the deletion's transaction (the consent's own rules, its
 * tenant required, are for editors' changes), and only for a row that was really deleted: a
 * failed deletion leaves its consents with their clinic.
 */
export const keepConsentsOfDeletedTenant =
  (options: SanitizedSmpClinicOptions): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    const tenancy = options.tenancy
    const consents = options.slugs.consents
    const noted = leaving(req).consents.get(String(id))
    if (!tenancy || !consents || !noted?.ids.length) {
      return
    }
    await req.payload.db.updateMany({
      collection: consents,
      data: {
        [formerClinicName]: {
          name: noted.name,
          removedAt: options.clock().toISOString(),
          tenantId: String(id),
        },
        [tenancy.field]: null,
      },
      req,
      where: { id: { in: noted.ids } },
    })
  }
