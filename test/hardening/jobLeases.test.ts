import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { _internal_jobSystemGlobals } from 'payload'

import { pluginOptions } from '../../src/internal.js'
import { takeOverLapsedJobs } from '../../src/internal.js'
import { webhookQueue } from '../../src/internal.js'
import { whenChangesCommit } from '../../src/internal.js'
import { richText } from '../helpers/richText.js'
import { testClock } from '../helpers/testClock.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A runner's claim on one of the plugin's jobs is a lease: renewed while the job runs, taken over
 * once it lapses, so a job a crashed process was running is run again instead of never.
 */
const leaseMs = 900
const clock = testClock()
const received: string[] = []
let holdNext = false
const held: ServerResponse[] = []
let receiver: Server
let server: TestServer

beforeAll(async () => {
  receiver = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      received.push(String(req.headers['idempotency-key']))
      if (holdNext) {
        holdNext = false
        held.push(res)
        return
      }
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  // The job system runs on the moved clock too, as in the dev app (SMP_CLOCK_FILE).
  _internal_jobSystemGlobals.getCurrentDate = clock.now
  server = await startTestServer({
    plugin: {
      clock: clock.now,
      jobs: { leaseMs },
      seed: false,
      webhooks: {
        endpoints: [
          {
            secret: 'lease-test',
            url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/revalidate`,
          },
        ],
        // The test runs the queue itself.
        pollMs: 3_600_000,
      },
    },
  })
  // The test runs the queue itself: nothing sends a change's deliveries at its commit.
  whenChangesCommit(server.payload, () => {})
}, 120_000)

afterAll(async () => {
  held.forEach((res) => res.end())
  await server?.close()
  receiver?.close()
})

const jobs = async () =>
  (
    await server.payload.db.find({
      collection: 'payload-jobs',
      limit: 0,
      pagination: false,
      req: {},
      where: { queue: { equals: webhookQueue } },
    })
  ).docs as { completedAt?: string; id: number | string; processing: boolean; updatedAt: string }[]

const publishFaq = async () => {
  const { status } = await server.admin.rest('POST', '/api/faqs', {
    _status: 'published',
    answer: richText('An answer.'),
    question: `Lease question ${Math.random()}?`,
  })
  expect(status).toBe(201)
  const [job] = (await jobs()).filter((job) => !job.completedAt && !job.processing)
  return job!
}

/**
 * Marks a job as a runner does when it claims it, then "dies": nothing renews the claim.
 */
const claimAndDie = (id: number | string) =>
  server.payload.db.updateJobs({
    data: { processing: true, updatedAt: clock.now().toISOString() },
    id,
    req: {},
    returning: false,
  })

const run = () => server.payload.jobs.run({ limit: 50, overrideAccess: true, queue: webhookQueue })

const takeOver = () => takeOverLapsedJobs(server.payload, pluginOptions(server.payload)!)

test('a job whose runner died is not run while its claim stands, and is run once the claim lapses', async () => {
  const job = await publishFaq()
  await claimAndDie(job.id)
  const before = received.length
  await run()
  expect(received.length).toBe(before)

  clock.advance(leaseMs - 100)
  expect(await takeOver()).toBe(0)

  clock.advance(200)
  expect(await takeOver()).toBe(1)
  await run()
  expect(received.length).toBe(before + 1)
  expect((await jobs()).find(({ id }) => id === job.id)).toBeUndefined()
})

test('a job still running renews its claim, so it is never taken from a live runner', async () => {
  await publishFaq()
  holdNext = true
  const before = received.length
  const running = run()
  // The receiver has the delivery and does not answer: the job is running.
  while (received.length === before) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const claimed = (await jobs()).find(({ processing }) => processing)!
  // Two lease periods of real time pass with the runner alive; its renewals keep the claim.
  await new Promise((resolve) => setTimeout(resolve, leaseMs * 2))
  const renewed = (await jobs()).find(({ id }) => id === claimed.id)!
  expect(new Date(renewed.updatedAt).getTime()).toBeGreaterThan(
    new Date(claimed.updatedAt).getTime(),
  )
  expect(await takeOverLapsedJobs(server.payload, pluginOptions(server.payload)!)).toBe(0)
  held.shift()!.writeHead(200).end()
  await running
})

test('the consent task’s hourly schedule is not blocked for good by a run a crash left claimed', async () => {
  const scheduled = async () =>
    (
      await server.payload.db.find({
        collection: 'payload-jobs',
        limit: 0,
        pagination: false,
        req: {},
        where: { taskSlug: { equals: 'smpUnpublishLapsedConsents' } },
      })
    ).docs as { id: number | string; processing: boolean }[]
  await server.payload.jobs.handleSchedules({ queue: 'smp-clinic' })
  const [first] = await scheduled()
  expect(first).toBeDefined()
  await claimAndDie(first!.id)
  // An hour on: the next scheduling frees the dead run, and the queue runs it.
  clock.advance(60 * 60 * 1000 + leaseMs)
  await server.payload.jobs.handleSchedules({ queue: 'smp-clinic' })
  expect((await scheduled()).find(({ id }) => id === first!.id)?.processing).toBe(false)
  await server.payload.jobs.run({ limit: 10, overrideAccess: true, queue: 'smp-clinic' })
  expect((await scheduled()).find(({ id }) => id === first!.id)).toBeUndefined()
})
