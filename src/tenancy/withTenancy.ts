import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import type { SanitizedSmpClinicOptions, SmpClinicPluginConfig } from '../options/types.js'

import { defaultSlugs } from '../options/defaultSlugs.js'
import { announceTenantChange } from './announceTenantChange.js'
import { normalizeTenantDomain } from './domain.js'
import {
  formerClinicField,
  keepConsentsOfDeletedTenant,
  prepareTenantDeletion,
} from './tenantDeletion.js'
import { scopeReadToTenant } from './scopeReadToTenant.js'
import { guardSharedChange, guardSharedDelete } from './sharedDocuments.js'
import { slugPerClinic } from './slugPerClinic.js'
import { uploadsOfClinic } from './uploadsOfClinic.js'
import { tenantFields } from './tenantFields.js'
import { tenantScopeOf } from './tenantScope.js'
import { clinicKeys, tenantScopedSlugs } from './scopedSlugs.js'

/**
 * A document created for a visitor of one clinic (a story sent through its site's form) belongs
 * to that clinic, as one an editor creates belongs to the clinic they picked.
 */
const fillTenant =
  (options: SanitizedSmpClinicOptions, shared: boolean): CollectionBeforeValidateHook =>
  async ({ data, operation, req }) => {
    const tenancy = options.tenancy
    if (!tenancy || operation !== 'create' || !data) {
      return data
    }
    const current = data[tenancy.field]
    if (current !== undefined && current !== null && !(Array.isArray(current) && !current.length)) {
      return data
    }
    const scope = await tenantScopeOf(req, options)
    if (scope === null || scope === 'any') {
      return data
    }
    return { ...data, [tenancy.field]: shared ? [scope] : scope }
  }

/**
 * The plugin's part of a clinic chain, applied to the finished list of collections: the tenants
 * collection gets each clinic's profile, site address and receivers (and keeps consents when a
 * clinic leaves); each clinic collection reads, for visitors, only the clinic they visit, has
 * slugs unique per clinic, and fills the clinic of what a visitor creates.
 */
export const withTenancy = (
  collections: CollectionConfig[],
  options: SanitizedSmpClinicOptions,
): CollectionConfig[] => {
  const tenancy = options.tenancy
  if (!tenancy) {
    return collections
  }
  if (!collections.some((collection) => collection.slug === tenancy.tenantsSlug)) {
    throw new Error(
      `smpClinicPlugin: tenancy needs the tenants collection "${tenancy.tenantsSlug}" in the config (plugin-multi-tenant's tenantsSlug), with a "${tenancy.domainField}" field.`,
    )
  }
  const scoped = new Set(tenantScopedSlugs(options))
  const sharedSlugs = new Set(tenancy.shared.map((key) => options.slugs[key]))
  return collections.map((collection) => {
    if (collection.slug === tenancy.tenantsSlug) {
      return {
        ...collection,
        fields: [...collection.fields, ...tenantFields(options)],
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), announceTenantChange(options)],
          afterDelete: [
            ...(collection.hooks?.afterDelete ?? []),
            keepConsentsOfDeletedTenant(options),
          ],
          beforeValidate: [
            normalizeTenantDomain(options),
            ...(collection.hooks?.beforeValidate ?? []),
          ],
          beforeDelete: [...(collection.hooks?.beforeDelete ?? []), prepareTenantDeletion(options)],
        },
      }
    }
    if (!scoped.has(collection.slug)) {
      return collection
    }
    const withSlugs = slugPerClinic(collection, options)
    const next = scopeReadToTenant(
      {
        ...withSlugs,
        fields: uploadsOfClinic(
          collection.slug === options.slugs.consents
            ? [...withSlugs.fields, formerClinicField()]
            : withSlugs.fields,
          scoped,
          tenancy,
        ),
        hooks: {
          ...withSlugs.hooks,
          ...(sharedSlugs.has(collection.slug)
            ? {
                beforeChange: [
                  guardSharedChange(options),
                  ...(withSlugs.hooks?.beforeChange ?? []),
                ],
                beforeDelete: [
                  guardSharedDelete(options),
                  ...(withSlugs.hooks?.beforeDelete ?? []),
                ],
              }
            : {}),
          beforeValidate: [
            fillTenant(options, sharedSlugs.has(collection.slug)),
            ...(withSlugs.hooks?.beforeValidate ?? []),
          ],
        },
      },
      options,
    )
    return next
  })
}

/**
 * plugin-multi-tenant's `collections` for the clinic's: every collection a chain keeps apart,
 * with a tenant field that takes several clinics on the shared ones (practitioners, unless
 * `tenancy.shared` says otherwise). Pass the same options the plugin gets.
 *
 * @example
 * plugins: [
 *   smpClinicPlugin(clinic),
 *   multiTenantPlugin({ collections: smpClinicTenantCollections(clinic) }),
 * ]
 */
export const smpClinicTenantCollections = (
  pluginOptions: SmpClinicPluginConfig = {},
): Record<string, { tenantFieldOverrides?: { hasMany: true } }> => {
  const shared = new Set(pluginOptions.tenancy?.shared ?? ['practitioners'])
  const entries: [string, { tenantFieldOverrides?: { hasMany: true } }][] = []
  for (const key of clinicKeys) {
    if (key === 'media') {
      entries.push([
        pluginOptions.media ?? pluginOptions.collections?.media?.slug ?? defaultSlugs.media,
        {},
      ])
      continue
    }
    const override = pluginOptions.collections?.[key]
    if (override === false) {
      continue
    }
    const slug = override?.slug ?? defaultSlugs[key]
    entries.push([slug, shared.has(key) ? { tenantFieldOverrides: { hasMany: true } } : {}])
  }
  if (pluginOptions.submissions) {
    entries.push([pluginOptions.submissions.slug ?? 'smp-submissions', {}])
  }
  if (pluginOptions.externalReviews) {
    entries.push([pluginOptions.externalReviews.slug ?? 'smp-external-reviews', {}])
  }
  return Object.fromEntries(entries)
}
