import { type ConsentTerms, consentEnd, consentStatus } from '../../src/internal.js'

/**
 * Whether a consent covers a use, at an instant: no server, no database.
 */
const at = (iso: string) => new Date(iso)
const signed: ConsentTerms = {
  electronicSignature: { ipAddress: '203.0.113.7', userAgent: 'Mozilla/5.0 (X11; Linux)' },
  faceDisplay: 'cropped',
  formVersion: 'v3',
  nameDisplay: 'initials',
  scopes: ['website'],
  signatureMethod: 'electronic',
  signedAt: '2026-01-01T00:00:00.000Z',
  signer: { name: 'T. C.' },
}

test('a signed consent for the website covers what it allows, and nothing more identifying', () => {
  const now = at('2026-06-01T00:00:00.000Z')
  expect(consentStatus(signed, now)).toBe('valid')
  expect(consentStatus(signed, now, { face: 'blurred', name: 'none' })).toBe('valid')
  expect(consentStatus(signed, now, { face: 'shown' })).toBe('face_not_covered')
  expect(consentStatus(signed, now, { name: 'full' })).toBe('name_not_covered')
  expect(consentStatus({ ...signed, scopes: ['print'] }, now)).toBe('not_for_website')
  expect(consentStatus(null, now)).toBe('missing')
})

test('expiry and revocation take effect at their instant, not a millisecond later', () => {
  const expiresAt = '2026-06-01T12:00:00.000Z'
  const expiring = { ...signed, expiresAt }
  expect(consentStatus(expiring, at('2026-06-01T11:59:59.999Z'))).toBe('valid')
  expect(consentStatus(expiring, at(expiresAt))).toBe('expired')
  const revoking = { ...signed, revokedAt: expiresAt }
  expect(consentStatus(revoking, at('2026-06-01T11:59:59.999Z'))).toBe('valid')
  expect(consentStatus(revoking, at(expiresAt))).toBe('revoked')
})

test('a consent signed in the future, or without evidence of its signature, covers nothing', () => {
  const now = at('2026-06-01T00:00:00.000Z')
  expect(consentStatus({ ...signed, signedAt: '2026-07-01T00:00:00.000Z' }, now)).toBe('not_signed')
  expect(consentStatus({ ...signed, signedAt: null }, now)).toBe('not_signed')
  expect(
    consentStatus(
      { ...signed, electronicSignature: { ipAddress: 'nowhere', userAgent: 'x' } },
      now,
    ),
  ).toBe('no_signature')
  expect(consentStatus({ ...signed, signatureMethod: 'paper' }, now)).toBe('no_signature')
  expect(consentStatus({ ...signed, filename: 'signed.pdf', signatureMethod: 'paper' }, now)).toBe(
    'valid',
  )
})

test("a consent's end is the earlier of its expiry and its revocation; unreadable dates are ignored", () => {
  expect(consentEnd(signed)).toBeNull()
  expect(
    consentEnd({
      ...signed,
      expiresAt: '2027-01-01T00:00:00.000Z',
      revokedAt: '2026-09-01T00:00:00.000Z',
    }),
  ).toBe('2026-09-01T00:00:00.000Z')
  expect(consentEnd({ ...signed, expiresAt: 'not a date', revokedAt: null })).toBeNull()
})
