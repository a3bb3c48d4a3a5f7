import type { CollectionConfig, Payload, PayloadRequest } from 'payload'

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

/**
 * Runs the poller after every committed save or delete of the collection: with no webhook
 * endpoints nothing else does, and a save may move an instant the collection's read rule
 * compares with the clock (an embargo date), which the poller sets its timer for.
 */
export const withInstantWatch = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [
      ...(collection.hooks?.afterChange ?? []),
      async ({ doc, req }) => {
        await sendAfterCommit(req)
        return doc
      },
    ],
    afterDelete: [
      ...(collection.hooks?.afterDelete ?? []),
      async ({ doc, req }) => {
        await sendAfterCommit(req)
        return doc
      },
    ],
  },
})
