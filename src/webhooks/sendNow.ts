import type { Payload, PayloadRequest } from 'payload'

import { onTransactionEnd } from '../hardening/transactionEnd.js'

const senders = new WeakMap<Payload, () => void>()

/**
 * Names what sends `payload`'s deliveries (the poller), to be run whenever a change commits.
 */
export const whenChangesCommit = (payload: Payload, send: () => void): void => {
  senders.set(payload, send)
}

/**
 * Sends the deliveries of a change that has just committed now, not at the next poll.
 */
export const sendWebhooksNow = (payload: Payload): void => {
  senders.get(payload)?.()
}

/**
 * Runs the poller once `req`'s transaction has committed (at once when it has none): for a change
 * that queued deliveries, or that moved the instant something public stops being public (a
 * consent's new expiry), which the poller then sets its timer for. A rollback runs nothing.
 */
export const sendAfterCommit = async (req: PayloadRequest): Promise<void> => {
  const later = await onTransactionEnd(req, (committed) => {
    if (committed) {
      sendWebhooksNow(req.payload)
    }
  })
  if (!later) {
    setImmediate(() => sendWebhooksNow(req.payload))
  }
}
