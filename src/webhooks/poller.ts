import type { CollectionSlug, Payload } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { SanitizedSmpClinicOptions, SmpCollectionKey } from '../options/types.js'

import { databaseHealth } from '../hardening/databaseHealth.js'
import { isDatabaseUnavailable } from '../hardening/databaseUnavailable.js'
import { takeOverLapsedJobs } from '../hardening/jobLeases.js'
import { nextVisibilityChange } from '../privacy/nextVisibilityChange.js'
import { reportLapse } from './lapse.js'
import { whenChangesCommit } from './sendNow.js'
import { webhookQueue } from '../options/webhookQueue.js'
import { sendsWebhooks } from './sendsWebhooks.js'
import { localRequest } from '../hardening/localRequest.js'

/**
 * How far back a consent's end is still reported: a server that was down when it passed tells
 * the site when it comes back, within this window.
 */
const lapseWindowMs = 7 * 24 * 60 * 60 * 1000

const consentBound: SmpCollectionKey[] = ['beforeAfterGalleries', 'testimonials']

/**
 * How many lapses one poll reports per collection; the rest follow on the next polls.
 */
const pageSize = 200

/**
 * Reports every consent-bound document whose consent ended since the last look (an expiry or a
 * revocation date reached on its own, with no write to notice it), once each. `since` holds,
 * per collection, the latest end already reported by this process; the delivery's unique key
 * keeps a repeat (another process, a restart) from reaching the site twice.
 */
const reportLapses = async (
  payload: Payload,
  options: SanitizedSmpClinicOptions,
  since: Map<string, string>,
) => {
  if (!options.slugs.consents) {
    return
  }
  const now = options.clock()
  for (const key of consentBound) {
    const slug = options.slugs[key]
    if (!slug) {
      continue
    }
    const from = since.get(slug) ?? new Date(now.getTime() - lapseWindowMs).toISOString()
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      limit: pageSize,
      overrideAccess: true,
      pagination: false,
      sort: 'visibleUntil',
      where: {
        and: [
          { _status: { equals: 'published' } },
          { isSample: { not_equals: true } },
          { visibleUntil: { less_than_equal: now.toISOString() } },
          { visibleUntil: { greater_than_equal: from } },
        ],
      },
    })
    const last = docs.at(-1)?.visibleUntil
    if (typeof last === 'string') {
      since.set(slug, last)
    }
    for (const doc of docs as Record<string, unknown>[]) {
      const req = await localRequest(payload)
      // The deliveries and their jobs are recorded together, or not at all.
      const owns = await initTransaction(req)
      try {
        await reportLapse(req, options, key, slug, doc)
        if (owns) {
          await commitTransaction(req)
        }
      } catch (error) {
        await killTransaction(req)
        // Another process recorded it first (the delivery's unique key).
        payload.logger.debug({ err: error, msg: `webhooks: a lapse of ${slug} ${String(doc.id)}` })
      }
    }
  }
}

/**
 * How often the next instant at which something public stops being public is looked up again
 * without a write (a write runs the poller at once, and looks it up then).
 */
const instantEvery = 10

/**
 * The longest delay Node's timers take (about 24.8 days); an instant further ahead is looked up
 * again before then.
 */
const longestTimerMs = 2 ** 31 - 1

/**
 * Every `pollMs`, at the next instant a consent ends, and right after a change commits: reports
 * consents that have just ended, then sends the deliveries that are due (new ones, and retries
 * whose backoff has passed). Runs in every process that starts Payload, without a cron; the
 * timers do not keep the process alive, and stop (waiting for a poll under way) when Payload is
 * destroyed.
 */
export const startWebhookPoller = (payload: Payload, options: SanitizedSmpClinicOptions) => {
  if (!sendsWebhooks(options) || !options.webhooks) {
    return
  }
  const pollMs = options.webhooks.pollMs
  let current: Promise<void> | undefined
  let again = false
  let stopped = false
  let polls = 0
  let atInstant: NodeJS.Timeout | undefined
  const since = new Map<string, string>()

  // A timer for the next consent end: the poll finds it at its instant, not up to `pollMs`
  // later. (A timer fires no earlier than asked, but Node rounds to the millisecond: a little
  // margin keeps it from landing just before the instant and finding nothing.)
  const watchNextInstant = async () => {
    const next = await nextVisibilityChange(payload, options)
    clearTimeout(atInstant)
    const wait = next ? next.getTime() - options.clock().getTime() : Infinity
    if (wait <= longestTimerMs && !stopped) {
      atInstant = setTimeout(() => tick(true), Math.min(Math.max(0, wait) + 2, longestTimerMs))
      atInstant.unref()
    }
  }

  const poll = async (fresh: boolean) => {
    try {
      await reportLapses(payload, options, since)
      // Deliveries (and consent runs) a crashed process was running, once their claim lapses.
      await takeOverLapsedJobs(payload, options)
      await payload.jobs.run({ limit: 50, overrideAccess: true, queue: webhookQueue })
      if (fresh || ++polls % instantEvery === 0) {
        await watchNextInstant()
      }
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // Said once per outage by the health monitor; the next poll tries again.
        databaseHealth(payload).reportFault(error)
      } else {
        payload.logger.error({ err: error, msg: 'webhooks: a poll failed' })
      }
    }
  }

  const tick = (fresh = false) => {
    if (stopped) {
      return
    }
    if (current) {
      again ||= fresh
      return
    }
    current = poll(fresh).finally(() => {
      current = undefined
      if (again) {
        again = false
        tick(true)
      }
    })
  }
  whenChangesCommit(payload, () => tick(true))
  const timer = setInterval(() => tick(), pollMs)
  timer.unref()
  // Payload stops what is in `crons` when it is destroyed, waiting for each.
  ;(payload.crons as unknown as { stop: () => Promise<void> }[]).push({
    stop: async () => {
      clearInterval(timer)
      clearTimeout(atInstant)
      stopped = true
      await current
    },
  })
}
