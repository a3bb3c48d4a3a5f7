import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { validHost } from '../http/requestUrl.js'
import { translate } from '../translations/translated.js'

/**
 * A domain as requests name it and tenants store it: lower-case, without a port or the trailing
 * dot of a fully qualified name (`Clinic-A.example.:443` is `clinic-a.example`). Null for what
 * is not a host at all.
 */
export const normalDomain = (host: null | string | undefined): null | string => {
  const trimmed = host?.trim().toLowerCase()
  if (!trimmed || !validHost(trimmed)) {
    return null
  }
  const bare = trimmed.startsWith('[')
    ? trimmed.replace(/\]:\d+$/, ']')
    : trimmed.replace(/:\d+$/, '')
  return bare.replace(/\.$/, '')
}

/**
 * A tenant's domain is stored as requests will name it, so every visitor of the clinic finds it:
 * `https://Clinic-A.example/` becomes `clinic-a.example`; what is no domain at all is a 400 on
 * the field.
 */
export const normalizeTenantDomain =
  (options: SanitizedSmpClinicOptions): CollectionBeforeValidateHook =>
  ({ collection, data, req }) => {
    const field = options.tenancy ? options.tenancy.domainField : undefined
    const value = field ? data?.[field] : undefined
    if (!field || typeof value !== 'string') {
      return data
    }
    const host = value
      .trim()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .replace(/\/.*$/, '')
    const domain = normalDomain(host)
    if (!domain) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ message: translate(req, 'tenantDomainInvalid'), path: field }],
      })
    }
    return { ...data, [field]: domain }
  }
