import type { CollectionSlug, Payload } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { databaseHealth } from '../hardening/databaseHealth.js'
import { isDatabaseUnavailable } from '../hardening/databaseUnavailable.js'
import { takeOverLapsedJobs } from '../hardening/jobLeases.js'
import { nextVisibilityChange } from '../privacy/nextVisibilityChange.js'
import { reportLapse, reportReturn } from './lapse.js'
import { instantChanges, publicRule } from '../privacy/ruleInstants.js'
import { visitorRequest } from '../privacy/readRule.js'
import { imagesShownBy, refreshImageVisibility } from '../privacy/refreshImageVisibility.js'
import { whenChangesCommit } from './sendNow.js'
import { webhookQueue } from '../options/webhookQueue.js'
import { sendsWebhooks, webhookKeys } from './sendsWebhooks.js'
import { localRequest } from '../hardening/localRequest.js'

/**
 * How far back an instant is still reported: a server that was down when it passed tells the
 * site when it comes back, within this window.
 */
const lapseWindowMs = 7 * 24 * 60 * 60 * 1000

/**
 * How many rows per time field one poll reads; the rest follow on the next polls.
 */
const pageSize = 200

/**
 * Reports every document whose public answer changed at an instant since the last look, with no
 * write to notice it: a consent's expiry or revocation date reached (an unpublish), or an instant
 * a host's rule compares with the clock (a publish, for an article public from its
 * `publishedAt`). The instants are the ones each collection's own read rule compares with the
 * clock (`instantChanges`). `since` holds, per collection, the latest instant already looked at
 * by this process; the delivery's unique key keeps a repeat (another process, a restart, the
 * consent's own save) from reaching the site twice.
 */
const reportInstants = async (
  payload: Payload,
  options: SanitizedSmpClinicOptions,
  since: Map<string, Date>,
  tell: boolean,
) => {
  // Just after an instant: a rule comparing with `<` changes a millisecond after it.
  const until = new Date(options.clock().getTime() - 1)
  const visitor = await visitorRequest(payload)
  for (const key of webhookKeys) {
    const slug = options.slugs[key]
    if (!slug || !payload.collections[slug as CollectionSlug]) {
      continue
    }
    const after = since.get(slug) ?? new Date(until.getTime() - lapseWindowMs)
    const { changes, through } = await instantChanges(
      visitor,
      await publicRule(payload, slug, visitor),
      {
        after,
        limit: pageSize,
        until,
      },
    )
    // The next poll starts after the last instant looked at.
    since.set(slug, through)
    if (!changes.length) {
      continue
    }
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      where: { id: { in: [...new Set(changes.map((change) => change.id))] } },
    })
    const byId = new Map((docs as Record<string, unknown>[]).map((doc) => [String(doc.id), doc]))
    for (const change of changes) {
      const doc = byId.get(String(change.id))
      if (!doc) {
        continue
      }
      const req = await localRequest(payload)
      // The deliveries and their jobs are recorded together, or not at all.
      const owns = await initTransaction(req)
      try {
        if (change.public) {
          // What it shows becomes public with it.
          await refreshImageVisibility(options, req, imagesShownBy(options, key, doc))
          if (tell) {
            await reportReturn(req, options, key, slug, doc, change.at)
          }
        } else if (tell) {
          await reportLapse(req, options, key, slug, doc, change.at)
        }
        if (owns) {
          await commitTransaction(req)
        }
      } catch (error) {
        await killTransaction(req)
        // Another process recorded it first (the delivery's unique key).
        payload.logger.debug({
          err: error,
          msg: `webhooks: an instant of ${slug} ${String(doc.id)}`,
        })
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
 * Every `pollMs`, at the next instant the public's answer changes on its own (a consent's end, a
 * host rule's embargo date), and right after a change commits: makes public the images of
 * documents that have just become public, reports what changed at the instants that passed,
 * then sends the deliveries that are due (new ones, and retries whose backoff has passed).
 * Without webhook endpoints only the images are looked after. Runs in every process that starts
 * Payload, without a cron; the timers do not keep the process alive, and stop (waiting for a
 * poll under way) when Payload is destroyed.
 */
export const startWebhookPoller = (payload: Payload, options: SanitizedSmpClinicOptions) => {
  // Payload stops what is in `crons` when it is destroyed; without it the timers could not stop.
  if (options.disabled || !Array.isArray(payload.crons)) {
    return
  }
  const tell = sendsWebhooks(options)
  const pollMs = (options.webhooks && options.webhooks.pollMs) || 1000
  let current: Promise<void> | undefined
  let again = false
  let stopped = false
  let polls = 0
  let atInstant: NodeJS.Timeout | undefined
  const since = new Map<string, Date>()

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
      await reportInstants(payload, options, since, tell)
      if (tell) {
        // Deliveries (and consent runs) a crashed process was running, once their claim lapses.
        await takeOverLapsedJobs(payload, options)
        await payload.jobs.run({ limit: 50, overrideAccess: true, queue: webhookQueue })
      }
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
