import type { Payload, TaskConfig, Where } from 'payload'

import * as payloadExports from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { localRequest } from './localRequest.js'

const jobsSlug = 'payload-jobs'

/**
 * What leases need to know: how long a claim lasts, and which queues' jobs are leased (the
 * plugin passes its sanitized options, whose `jobs` is this).
 */
export type JobLeaseOptions = { jobs: { leaseMs: number; queues: string[] } }

/**
 * The job system's clock (Payload's `getCurrentDate`, which tests and the dev app may move), the
 * one Payload writes a claim's `updatedAt` with: leases are measured on it, not on the plugin's
 * `clock`, so a consent clock moved ahead never makes a running job look abandoned.
 */
const jobClock = (): Date =>
  (payloadExports as { getCurrentDate?: () => Date }).getCurrentDate?.() ?? new Date()

/**
 * How many lapsed claims one look takes over; more wait for the next look.
 */
const pageSize = 100

/**
 * Wraps a task so its claim on the job is renewed while it runs. Payload marks a job
 * `processing` when a runner claims it and runs only jobs not so marked, so the mark of a
 * process that died mid-job would keep the job from ever running again. The claim is a lease
 * instead (what Payload 4 adds as `processingUntil`): it lasts `leaseMs` from the job's last
 * write (`updatedAt`, which every update of a job sets), the running task writes it again every
 * third of that, and `takeOverLapsedJobs` frees the jobs whose lease has run out.
 */
export const withJobLease = (task: TaskConfig, options: JobLeaseOptions): TaskConfig => {
  const handler = task.handler
  if (typeof handler !== 'function') {
    return task
  }
  return {
    ...task,
    handler: async (args) => {
      const { job, req } = args
      const renew = () =>
        req.payload.db
          .updateJobs({
            data: { updatedAt: jobClock().toISOString() },
            id: job.id,
            req: {},
            returning: false,
          })
          .catch((error: unknown) =>
            req.payload.logger.warn({
              err: error,
              msg: `could not renew the claim on job ${job.id}`,
            }),
          )
      const timer = setInterval(() => void renew(), Math.max(50, options.jobs.leaseMs / 3))
      timer.unref()
      try {
        return await handler(args)
      } finally {
        clearInterval(timer)
      }
    },
  }
}

/**
 * Frees the jobs of the plugin's queues whose runner stopped renewing its claim (it crashed, or
 * was killed), so the next run of the queue runs them. Jobs are sent at least once: a runner that
 * was only stalled for a whole lease may finish too, and receivers de-duplicate by the delivery's
 * `Idempotency-Key`. Returns how many were freed.
 */
export const takeOverLapsedJobs = async (
  payload: Payload,
  options: JobLeaseOptions,
): Promise<number> => {
  if (!payload.collections[jobsSlug]) {
    return 0
  }
  const lapsed: Where = {
    and: [
      { queue: { in: options.jobs.queues } },
      { processing: { equals: true } },
      { completedAt: { exists: false } },
      {
        updatedAt: {
          less_than: new Date(jobClock().getTime() - options.jobs.leaseMs).toISOString(),
        },
      },
    ],
  }
  // A read first: most looks find nothing, and take no write lock for it.
  const { docs } = await payload.db.find({
    collection: jobsSlug,
    limit: pageSize,
    pagination: false,
    req: {},
    select: { id: true },
    where: lapsed,
  })
  if (!docs.length) {
    return 0
  }
  const req = await localRequest(payload)
  const owns = await initTransaction(req)
  try {
    await payload.db.updateJobs({
      data: { processing: false, updatedAt: jobClock().toISOString() },
      req,
      returning: false,
      // Looked at again as it is written, so a claim renewed since the read is left alone.
      where: { and: [lapsed, { id: { in: docs.map(({ id }) => id) } }] },
    })
    if (owns) {
      await commitTransaction(req)
    }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  payload.logger.warn(
    `Took over ${docs.length} job(s) whose runner stopped renewing its claim; they run again.`,
  )
  return docs.length
}

type BeforeSchedule = NonNullable<
  NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']
>

/**
 * The scheduled consent task's `beforeSchedule`: Payload's own rule (schedule only when no run of
 * the task is waiting or running), after freeing a run whose runner died. Without it, a run a
 * crash left marked `processing` would keep the hourly task from ever being scheduled again.
 */
export const scheduleAfterLapsedClaims =
  (options: JobLeaseOptions): BeforeSchedule =>
  async ({ queueable, req }) => {
    await takeOverLapsedJobs(req.payload, options)
    const { totalDocs } = await req.payload.db.count({
      collection: jobsSlug,
      req,
      where: {
        and: [
          { queue: { equals: queueable.scheduleConfig.queue } },
          { taskSlug: { equals: queueable.taskConfig?.slug } },
          { completedAt: { exists: false } },
          { error: { exists: false } },
          { 'meta.scheduled': { equals: true } },
        ],
      },
    })
    return { input: {}, shouldSchedule: totalDocs === 0, waitUntil: queueable.waitUntil }
  }
