import type { Payload } from 'payload'

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
