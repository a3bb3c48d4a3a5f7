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
  'not-signed': 'Not signed yet',
  'no-signature': 'No proof of signature',
  'not-for-website': 'Not for the website',
  'face-not-covered': 'Face not covered',
  'name-not-covered': 'Name not covered',
}
