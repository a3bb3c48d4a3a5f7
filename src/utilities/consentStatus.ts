/**
 * The parts of a consent record that decide whether it covers publication on the website.
 */
export type ConsentTerms = {
  expiresAt?: null | string
  revokedAt?: null | string
  scopes?: null | string[]
  signedAt?: null | string
}

export type ConsentStatus =
  'expired' | 'missing' | 'not-for-website' | 'not-signed' | 'revoked' | 'valid'

/**
 * Why a consent does or does not allow publishing on the website, at `now`.
 */
export const consentStatus = (
  consent: ConsentTerms | null | undefined,
  now = new Date(),
): ConsentStatus => {
  if (!consent) {
    return 'missing'
  }
  if (consent.revokedAt && new Date(consent.revokedAt) <= now) {
    return 'revoked'
  }
  if (!consent.signedAt || new Date(consent.signedAt) > now) {
    return 'not-signed'
  }
  if (consent.expiresAt && new Date(consent.expiresAt) <= now) {
    return 'expired'
  }
  if (!consent.scopes?.includes('website')) {
    return 'not-for-website'
  }
  return 'valid'
}

/**
 * What an editor is told when a consent blocks publishing, one sentence per status.
 */
export const consentStatusMessages: Record<Exclude<ConsentStatus, 'valid'>, string> = {
  expired: 'The linked consent has expired. Attach a current consent before publishing.',
  missing:
    'A signed consent is required before this can be published. Attach one in the Consent field.',
  'not-for-website':
    'The linked consent does not cover the website. Attach a consent whose scope includes "Website".',
  'not-signed': 'The linked consent has no signing date yet (or one in the future).',
  revoked: 'The linked consent was revoked. This cannot be published with it.',
}
