import type { Payload } from 'payload'

/**
 * Whether the app can send e-mail. Without an `email` adapter Payload writes messages to its log
 * (its console adapter) and reports success: a submission then could never be confirmed, so the
 * form is not offered and submissions are refused until one is configured.
 */
export const canSendEmail = (payload: Payload): boolean =>
  Boolean(payload.email) && (payload.email as { name?: string }).name !== 'console'
