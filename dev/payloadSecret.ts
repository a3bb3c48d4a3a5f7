/**
 * A fixed secret is convenient in development and a hole in production, where it is refused.
 * `next build` loads the config to collect the admin's routes but signs nothing, so it may run
 * without one.
 */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) {
    return secret
  }
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    return 'smp-clinic-build-time-placeholder'
  }
  if (process.env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET must be set when NODE_ENV=production.')
  }
  return 'smp-clinic-development-secret'
}
