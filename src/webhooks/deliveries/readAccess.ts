import type { Access } from 'payload'

import type { SanitizedSmpClinicOptions } from '../../options/types.js'

import { clinicsOfEditor } from '../../tenancy/clinicsOfEditor.js'
import { deliveryTenantName } from './slug.js'

/**
 * Who reads the delivery log: editors. In a clinic chain, a clinic's editors read the deliveries
 * to their own clinic's receivers only (another clinic's log names its receivers, its documents
 * and what it published when); deliveries to the chain's receivers, which may be about any
 * clinic, are for those who work for every clinic.
 */
export const deliveriesReadAccess =
  (options: SanitizedSmpClinicOptions): Access =>
  async ({ req }) => {
    if (!(await options.access.canEdit({ req }))) {
      return false
    }
    if (!options.tenancy) {
      return true
    }
    const clinics = await clinicsOfEditor(req, options)
    if (clinics === 'all') {
      return true
    }
    return clinics.length ? { [deliveryTenantName]: { in: clinics } } : false
  }
