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
  'not-for-website': 'Not for the website',
}
