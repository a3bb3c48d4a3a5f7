/**
 * A fixed secret is convenient in development and a hole in production, where it is refused.
 */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) {
    return secret
  }
  if (process.env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET must be set when NODE_ENV=production.')
  }
  return 'smp-clinic-development-secret'
}
