/**
 * How much of a face a consent allows, from least to most identifying.
 */
export const faceLevels = ['none', 'blurred', 'cropped', 'shown'] as const
export type FaceLevel = (typeof faceLevels)[number]

/**
 * How much of a name a consent allows, from least to most identifying.
 */
export const nameLevels = ['none', 'initials', 'full'] as const
export type NameLevel = (typeof nameLevels)[number]

/**
 * The parts of a consent record that decide whether it covers a use.
 */
export type ConsentTerms = {
  electronicSignature?: null | { ipAddress?: null | string; userAgent?: null | string }
  expiresAt?: null | string
  faceDisplay?: null | string
  filename?: null | string
  formVersion?: null | string
  nameDisplay?: null | string
  revokedAt?: null | string
  scopes?: null | string[]
  signatureMethod?: null | string
  signedAt?: null | string
  signer?: null | { name?: null | string }
  verification?: null | { required?: boolean | null; verifiedAt?: null | string }
}

/**
 * What a testimonial or gallery shows of the client, checked against what the consent allows.
 */
export type ConsentUse = { face?: FaceLevel; name?: NameLevel }

export type ConsentStatus =
  | 'expired'
  | 'face_not_covered'
  | 'missing'
  | 'name_not_covered'
  | 'no_signature'
  | 'not_for_website'
  | 'not_signed'
  | 'not_verified'
  | 'revoked'
  | 'valid'

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''

const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

/**
 * An IPv4 or IPv6 address, checked without Node's `net` so the admin's client code can use it.
 */
export const isIpAddress = (value: unknown): boolean => {
  if (typeof value !== 'string') {
    return false
  }
  if (ipv4.test(value)) {
    return true
  }
  if (!value.includes(':') || !/^[0-9a-f:.]+$/i.test(value)) {
    return false
  }
  try {
    return new URL(`http://[${value}]/`).hostname.length > 2
  } catch {
    return false
  }
}

/**
 * What a browser sends as its user agent: something more than a word.
 */
export const isUserAgent = (value: unknown): boolean =>
  typeof value === 'string' && value.trim().length >= 8 && /[a-z]/i.test(value)

/**
 * True when the record holds proof of signature: the signed document itself, or an electronic
 * signature with everything needed to show who signed, when, on which form and from where.
 */
export const hasSignatureEvidence = (consent: ConsentTerms): boolean => {
  const common = filled(consent.signer?.name) && filled(consent.formVersion)
  if (consent.signatureMethod === 'electronic') {
    return (
      common &&
      isIpAddress(consent.electronicSignature?.ipAddress) &&
      isUserAgent(consent.electronicSignature?.userAgent)
    )
  }
  return common && filled(consent.filename)
}

const atOrBefore = (date: null | string | undefined, now: Date) =>
  Boolean(date) && new Date(date!).getTime() <= now.getTime()

const allows = <T extends string>(levels: readonly T[], granted: unknown, used: T | undefined) =>
  used === undefined || levels.indexOf(used) <= levels.indexOf(granted as T)

/**
 * Why a consent does or does not allow publishing `use` on the website, at `now`.
 */
export const consentStatus = (
  consent: ConsentTerms | null | undefined,
  now: Date,
  use: ConsentUse = {},
): ConsentStatus => {
  if (!consent) {
    return 'missing'
  }
  if (atOrBefore(consent.revokedAt, now)) {
    return 'revoked'
  }
  if (!consent.signedAt || !atOrBefore(consent.signedAt, now)) {
    return 'not_signed'
  }
  if (!hasSignatureEvidence(consent)) {
    return 'no_signature'
  }
  // Signed on the public form: nobody at the clinic has yet checked that the signer is the
  // client (a visitor can type any name), so it covers nothing until an editor verifies it.
  if (consent.verification?.required && !atOrBefore(consent.verification.verifiedAt, now)) {
    return 'not_verified'
  }
  if (atOrBefore(consent.expiresAt, now)) {
    return 'expired'
  }
  if (!Array.isArray(consent.scopes) || !consent.scopes.includes('website')) {
    return 'not_for_website'
  }
  if (!allows(faceLevels, consent.faceDisplay, use.face)) {
    return 'face_not_covered'
  }
  if (!allows(nameLevels, consent.nameDisplay, use.name)) {
    return 'name_not_covered'
  }
  return 'valid'
}

/**
 * The instant a consent stops covering anything: the earlier of its expiry and its revocation
 * date (a revocation may be recorded ahead of the day it takes effect). Null when neither is set.
 */
export const consentEnd = (consent: ConsentTerms | null | undefined): null | string => {
  const ends = [consent?.expiresAt, consent?.revokedAt]
    .filter((date): date is string => Boolean(date))
    .map((date) => new Date(date).getTime())
    .filter((time) => !Number.isNaN(time))
  return ends.length ? new Date(Math.min(...ends)).toISOString() : null
}
