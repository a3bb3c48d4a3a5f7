import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * A link token: 32 random bytes, sent to the submitter once. Only its hash is stored, so a copy
 * of the database cannot confirm or revoke anyone's submission.
 */
export const newLinkToken = (): { hash: string; token: string } => {
  const token = randomBytes(32).toString('base64url')
  return { hash: hashOf(token), token }
}

export const hashOf = (value: string): string => createHash('sha256').update(value).digest('hex')

const sign = (secret: string, issuedAt: number) =>
  createHmac('sha256', secret).update(`smp-submission-form:${issuedAt}`).digest('base64url')

/**
 * The token the form carries from the moment it was served: the time, signed with Payload's
 * secret. The endpoint reads how long the visitor took from it without storing anything.
 */
export const formToken = (secret: string, issuedAt: Date): string => {
  const time = issuedAt.getTime()
  return `${time.toString(36)}.${sign(secret, time)}`
}

/**
 * When the form behind `token` was served, or null when the token is not one this server signed,
 * exactly as it signed it: the same token written another way (upper case, a leading zero,
 * anything appended) is refused, so a form used once cannot be sent again under another spelling.
 */
export const formIssuedAt = (secret: string, token: unknown): Date | null => {
  if (typeof token !== 'string' || !/^[1-9a-z][0-9a-z]{0,12}\.[\w-]{43}$/.test(token)) {
    return null
  }
  const [time36, signature] = token.split('.') as [string, string]
  const time = Number.parseInt(time36, 36)
  if (!Number.isSafeInteger(time) || time.toString(36) !== time36) {
    return null
  }
  const expected = Buffer.from(sign(secret, time))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? new Date(time)
    : null
}
