import type { ConsentStatus } from './consentStatus.js'

/**
 * How each consent state reads in the admin panel. Shared by the select field's options and the
 * badges, so the list, the edit view and the dashboard use the same words.
 */
export const consentStateLabels: Record<ConsentStatus, string> = {
  valid: 'Valid',
  missing: 'Missing',
  expired: 'Expired',
  revoked: 'Revoked',
  not_signed: 'Not signed yet',
  no_signature: 'No proof of signature',
  not_for_website: 'Not for the website',
  face_not_covered: 'Face not covered',
  name_not_covered: 'Name not covered',
}
