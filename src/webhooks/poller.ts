import type { CollectionSlug, Payload } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { SanitizedSmpClinicOptions } from '../options/types.js'

import { asBackground } from '../hardening/backgroundWork.js'
import { databaseHealth } from '../hardening/databaseHealth.js'
import { isDatabaseUnavailable } from '../hardening/databaseUnavailable.js'
import { takeOverLapsedJobs } from '../hardening/jobLeases.js'
import { nextVisibilityChange } from '../privacy/nextVisibilityChange.js'
import { reportLapse, reportReturn } from './lapse.js'
import { type InstantChange, instantChanges, publicRule } from '../privacy/ruleInstants.js'
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
 * How many of one instant's changes are recorded in one transaction before they are sent.
 */
const groupSize = 25

/**
 * How many deliveries one run of the queue sends at once, and how many runs one poll makes at
 * most before the next poll takes over.
 */
const runLimit = 50
const runsPerPoll = 20

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
  deliver: () => Promise<void>,
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
    // Recorded a few at a time, each group's deliveries and jobs together or not at all, so the
    // first reach the site while the rest are being recorded.
    for (let start = 0; start < changes.length; start += groupSize) {
      const group = changes.slice(start, start + groupSize)
      const record = async (each: InstantChange[]) => {
        const req = await localRequest(payload)
        const owns = await initTransaction(req)
        try {
          for (const change of each) {
            const doc = byId.get(String(change.id))
            if (!doc) {
              continue
            }
            if (change.public) {
              // What it shows becomes public with it.
              await refreshImageVisibility(options, req, imagesShownBy(options, key, doc))
              if (tell) {
                await reportReturn(req, options, key, slug, doc, change.at, true)
              }
            } else if (tell) {
              await reportLapse(req, options, key, slug, doc, change.at, true)
            }
          }
          if (owns) {
            await commitTransaction(req)
          }
          return true
        } catch (error) {
          await killTransaction(req)
          // Another process recorded one of them first (the delivery's unique key).
          payload.logger.debug({ err: error, msg: `webhooks: instants of ${slug}` })
          return false
        }
      }
      // A group that failed is recorded one by one: only the one another process has is left.
      if (!(await record(group)) && group.length > 1) {
        for (const change of group) {
          await record([change])
        }
      }
      if (tell) {
        await deliver()
      }
    }
  }
}

/**
 * What one poll does: report the instants that passed (and take over lapsed deliveries), and
 * set the timer for the next instant again.
 */
type Look = { instants: boolean; watch: boolean }

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
 * Without webhook endpoints only the images are looked after, at each instant and after each
 * save, with no regular look. Runs in every process that starts
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
  // What the next poll must do, asked for while one was under way.
  let pending: Look | undefined
  let stopped = false
  let polls = 0
  let atInstant: NodeJS.Timeout | undefined
  const since = new Map<string, Date>()

  // A timer for the next instant: the poll finds it at its instant, not up to `pollMs` later.
  // (A timer fires no earlier than asked, but Node rounds to the millisecond: a little margin
  // keeps it from landing just before the instant and finding nothing.)
  const watchNextInstant = async () => {
    const next = await nextVisibilityChange(payload, options)
    clearTimeout(atInstant)
    const wait = next ? next.getTime() - options.clock().getTime() : Infinity
    if (wait <= longestTimerMs && !stopped) {
      atInstant = setTimeout(
        () => tick({ instants: true, watch: true }),
        Math.min(Math.max(0, wait) + 2, longestTimerMs),
      )
      atInstant.unref()
    }
  }

  // Sends what is due, run after run while runs find a full batch.
  const deliver = async () => {
    for (let run = 0; run < runsPerPoll; run++) {
      const result = await payload.jobs.run({
        limit: runLimit,
        overrideAccess: true,
        queue: webhookQueue,
      })
      // Fewer than a full batch: nothing more is due now.
      if (result.noJobsRemaining || Object.keys(result.jobStatus ?? {}).length < runLimit) {
        return
      }
    }
  }

  const poll = async ({ instants, watch }: Look) => {
    try {
      if (instants) {
        await reportInstants(payload, options, since, tell, deliver)
      }
      if (tell) {
        if (instants) {
          // Deliveries (and consent runs) a crashed process was running, once their claim lapses.
          await takeOverLapsedJobs(payload, options)
        }
        await deliver()
      }
      if (watch || ++polls % instantEvery === 0) {
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

  const tick = (look: Look) => {
    if (stopped) {
      return
    }
    if (current) {
      pending = {
        instants: Boolean(pending?.instants || look.instants),
        watch: Boolean(pending?.watch || look.watch),
      }
      return
    }
    current = asBackground('smp-clinic:poller', () => poll(look)).finally(() => {
      current = undefined
      const next = pending
      pending = undefined
      if (next) {
        tick(next)
      }
    })
  }
  // After a commit: its deliveries go out, and the timer is set for the instant it may have
  // moved. Instants that passed are the timer's and the regular look's.
  whenChangesCommit(payload, () => tick({ instants: false, watch: true }))
  // Without webhooks there is nothing to retry or take over: saves and the timer are enough.
  const timer = tell ? setInterval(() => tick({ instants: true, watch: false }), pollMs) : undefined
  timer?.unref()
  tick({ instants: true, watch: true })
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
