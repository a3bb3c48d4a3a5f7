import { mkdtempSync, rmSync } from 'node:fs'
import { readdir, rename, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { devAdmin } from '../../dev/ensureFirstUser.js'
import { type DevServer, launchDevServer } from '../e2e/devServer.js'
import { ApiClient } from '../helpers/apiClient.js'
import { createConsent, createGallery } from '../helpers/fixtures.js'
import { startThrowawayPostgres, type ThrowawayPostgres } from '../helpers/throwawayPostgres.js'
import { type Receiver, startReceiver } from '../helpers/webhookReceiver.js'
import { checkStored, settleDeliveries } from './state.js'
import { Workload } from './workload.js'
import { freePort } from '../../dev/freePort.js'

/**
 * Crashes and database faults, as production meets them, against the dev app's own server
 * process (`npm run dev`'s command, API only): `kill -9` while editors write, upload and publish
 * and webhooks are being delivered; `kill -9` while a first start seeds; and, on Postgres, the
 * database restarted and crashed under load (a cluster of the suite's own, never the machine's
 * shared one); on SQLite, its file taken away and put back. Afterwards every write answered
 * 2xx is stored as sent, nothing is stored in part, no file is left that no document names,
 * every delivery has reached the receiver, the server never exited on its own, no request was
 * answered 500 during an outage, and the server served again within a second of the database's
 * return. One summary line reports it all.
 *
 * Bounded by count: SMP_FAULT_ROUNDS kill rounds (10 on SQLite, 6 on Postgres), SMP_FAULT_SEEDS
 * killed seeds (4).
 */
export type FaultDatabase = 'postgres' | 'sqlite'

const secret = 'fault-suite-webhook-secret'
/**
 * The plugin's default claim on a job: a job a killed server was running is taken over once the
 * clock has passed it.
 */
const leaseMs = 30_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits (reading again every 50 ms, for at most `timeoutMs`) until `check` holds.
 */
const until = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await sleep(50)
  }
}

export const faultSuite = (kind: FaultDatabase) => {
  const rounds = Number(process.env.SMP_FAULT_ROUNDS ?? (kind === 'sqlite' ? 10 : 6))
  const seedKills = Number(process.env.SMP_FAULT_SEEDS ?? 4)

  let dir: string
  let cluster: ThrowawayPostgres | undefined
  let receiver: Receiver
  let port: number
  let clockOffset = 0
  let server: DevServer | undefined
  let admin: ApiClient
  let anonymous: ApiClient
  let killing = false
  const uploadsDir = () => path.join(dir, 'uploads')
  const tally = {
    databaseFaults: 0,
    killRounds: 0,
    killedSeeds: 0,
    recoveries: [] as number[],
    serverDied: 0,
  }
  let workload: Workload

  const clockFile = () => path.join(dir, 'clock-offset-ms')
  const moveClock = async (ms: number) => {
    clockOffset += ms
    await writeFile(clockFile(), String(clockOffset))
  }

  const databaseUri = async (name: string) => {
    if (kind === 'sqlite') {
      return `file:${path.join(dir, `${name}.db`)}`
    }
    const client = new pg.Client({ connectionString: cluster!.uri() })
    await client.connect()
    await client.query(`CREATE DATABASE "${name}"`)
    await client.end()
    return cluster!.uri(name)
  }

  const launch = (uri: string, uploads: string) =>
    launchDevServer({
      env: {
        API_ONLY: 'true',
        DATABASE_URI: uri,
        LOG_LEVEL: 'info',
        PORT: String(port),
        SMP_CLOCK_FILE: clockFile(),
        UPLOADS_DIR: uploads,
        WEBHOOK_SECRET: secret,
        WEBHOOK_URL: receiver.url,
      },
    })

  const boot = async (uri: string, uploads = uploadsDir()) => {
    server = await launch(uri, uploads).ready
    admin = await new ApiClient(server.url).login(devAdmin.email, devAdmin.password)
    anonymous = new ApiClient(server.url)
    return server
  }

  /**
   * What a seed leaves: each seeded collection's documents by seed key (without ids and times,
   * which a rolled-back sequence may move), the media's file names, and the files on disk.
   */
  const seededState = async (uploads: string) => {
    const collections = [
      'topics',
      'faqs',
      'articles',
      'practitioners',
      'media',
      'before-after-galleries',
      'testimonials',
    ]
    const documents: Record<string, unknown> = {}
    for (const slug of collections) {
      const { body } = await admin.get(
        `/api/${slug}?draft=true&depth=0&pagination=false&sort=seedKey`,
      )
      documents[slug] = (body.docs as Record<string, unknown>[]).map((doc) => ({
        filename: doc.filename,
        // The moments it was seeded at differ from run to run; everything else may not.
        jsonLd:
          typeof doc.jsonLd === 'string'
            ? doc.jsonLd.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
            : doc.jsonLd,
        seedKey: doc.seedKey,
        slug: doc.slug,
        sizes: Object.values((doc.sizes ?? {}) as Record<string, { filename?: string }>).map(
          (size) => size?.filename,
        ),
        status: doc._status,
      }))
    }
    const files = (await readdir(path.join(uploads, 'media')).catch(() => [] as string[])).sort()
    return { documents, files }
  }

  let reference: Awaited<ReturnType<typeof seededState>>
  let mainUri: string

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), `smp-clinic-faults-${kind}-`))
    await writeFile(path.join(dir, 'clock-offset-ms'), '0')
    receiver = await startReceiver(secret)
    port = await freePort()
    if (kind === 'postgres') {
      cluster = await startThrowawayPostgres()
    }
    mainUri = await databaseUri('main')
    await boot(mainUri)
    reference = await seededState(uploadsDir())
    workload = new Workload(
      () => admin,
      () => anonymous,
      () => killing || server?.exited() === true,
    )
  }, 180_000)

  afterAll(async () => {
    await server?.close()
    await receiver?.close()
    await cluster?.remove()
    rmSync(dir, { force: true, recursive: true })
  })

  test(`kill -9 during writes, uploads and webhook deliveries (${rounds} rounds) loses, splits and strands nothing`, async () => {
    receiver.delayMs = 150
    for (let round = 0; round < rounds; round++) {
      workload.start()
      await sleep(400 + ((round * 397) % 1100))
      killing = true
      await server!.kill('SIGKILL')
      await workload.stop()
      tally.killRounds++
      await boot(mainUri)
      killing = false
      // A claim the killed server held lapses once a lease has passed.
      await moveClock(leaseMs + 1000)
    }
    receiver.delayMs = 0
  }, 600_000)

  test("a revocation's webhook survives a crash between its commit and its delivery", async () => {
    const revoke = async () => {
      const consent = await createConsent(admin)
      const gallery = await createGallery(admin, { _status: 'published', consent: consent.id })
      expect(gallery.status).toBe(201)
      const id = gallery.body.doc.id
      const revoked = await admin.rest('PATCH', `/api/consents/${consent.id}`, {
        revocation: { receivedVia: 'email' },
        revokedAt: new Date(Date.now() + clockOffset).toISOString(),
      })
      expect(revoked.status).toBe(200)
      return (body: { collection: string; docId: unknown; event: string }) =>
        body.event === 'unpublish' &&
        body.collection === 'before-after-galleries' &&
        String(body.docId) === String(id)
    }

    // Killed while the receiver has the delivery and has not answered: the job was claimed.
    receiver.hold = () => true
    const first = await revoke()
    await until('the revocation to reach the receiver', () =>
      receiver.received.some(({ body }) => first(body)),
    )
    const key = receiver.received.find(({ body }) => first(body))!.key
    killing = true
    await server!.kill('SIGKILL')
    receiver.hold = undefined
    await boot(mainUri)
    killing = false
    await moveClock(leaseMs + 1000)
    await until('the revocation to be sent again', () => (receiver.keys().get(key) ?? 0) >= 2)
    const { body } = await admin.get(
      `/api/smp-webhook-deliveries?where[key][equals]=${encodeURIComponent(key)}&depth=0`,
    )
    const logOf = () => admin.get(`/api/smp-webhook-deliveries/${body.docs[0].id}?depth=0`)
    await until(
      'the delivery log to record it delivered',
      async () => (await logOf()).body.state === 'delivered',
    )
    expect(
      (await logOf()).body.attempts.map(({ error }: { error?: string }) => error ?? 'ok'),
    ).toEqual([expect.stringMatching(/^interrupted/), 'ok'])

    // Killed the moment the revocation is committed, before any runner has claimed the job.
    const second = await revoke()
    killing = true
    await server!.kill('SIGKILL')
    await boot(mainUri)
    killing = false
    // A runner may still have claimed the job in the instant before the kill landed; its lease
    // then has to pass first, as in the case above. Either way the revocation must be sent.
    await moveClock(leaseMs + 1000)
    await until('the revocation to be sent after the restart', () =>
      receiver.received.some(({ body }) => second(body)),
    )
    tally.killRounds += 2
  }, 180_000)

  test(`a seed killed at any point (${seedKills} times), then run again, gives exactly a clean seed`, async () => {
    // The seeds' servers take the suite's port (the seeded URLs name it).
    await server!.kill('SIGTERM')
    try {
      for (let attempt = 0; attempt < seedKills; attempt++) {
        const uploads = path.join(dir, `seed-${attempt}`)
        const uri = await databaseUri(`seed_${attempt}`)
        const launched = launch(uri, uploads)
        // Killed once the seed has written its first image (its transaction open, its files on
        // disk), and each later attempt a little further on.
        await until(
          'the seed to write an image',
          async () =>
            (await readdir(path.join(uploads, 'media')).catch(() => [] as string[])).some(
              (name) => !name.startsWith('.'),
            ),
          60_000,
        )
        await sleep(attempt * 60)
        await launched.kill('SIGKILL')
        tally.killedSeeds++
        await boot(uri, uploads)
        try {
          expect(await seededState(uploads)).toEqual(reference)
        } finally {
          await server!.kill('SIGTERM')
        }
      }
    } finally {
      await boot(mainUri)
    }
  }, 600_000)

  /**
   * Strikes `fault` under load, waits `awayMs`, runs `restore`, and checks what the server did.
   * A long outage must be seen: answered 503 and reported by readiness (a restart's 0.3 s may fall
   * between requests).
   */
  const outage = async (
    what: string,
    fault: () => Promise<unknown> | unknown,
    restore: () => Promise<unknown>,
    awayMs: number,
  ) => {
    const statuses = new Map<string, number>()
    const ready: { at: number; status: number }[] = []
    workload.start({ light: true })
    let watching = true
    const readiness = (async () => {
      while (watching) {
        const response = await fetch(`${server!.url}/api/smp-clinic/ready`).catch(() => undefined)
        ready.push({ at: Date.now(), status: response?.status ?? 0 })
        await response?.body?.cancel()
        await sleep(50)
      }
    })()
    await sleep(500)
    const started = workload.answers.length
    await fault()
    await sleep(awayMs)
    await restore()
    const back = Date.now()
    const firstSuccess = (kindOfRequest: string) =>
      workload.answers.find(
        ({ sent, status, what: w }) =>
          w === kindOfRequest && sent >= back && typeof status === 'number' && status < 300,
      )
    // The first request of each kind sent after the database's return that succeeded.
    await until('a read and a write to succeed after the database is back', () =>
      ['read FAQs', 'publish an FAQ'].every((kindOfRequest) => firstSuccess(kindOfRequest)),
    )
    const recovered = Math.max(
      ...['read FAQs', 'publish an FAQ'].map((kindOfRequest) => {
        const first = firstSuccess(kindOfRequest)!
        return first.sent + first.took - back
      }),
    )
    watching = false
    await readiness
    await workload.stop()
    for (const { status } of workload.answers.slice(started)) {
      statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1)
    }
    tally.databaseFaults++
    tally.recoveries.push(recovered)
    if (server!.exited()) {
      tally.serverDied++
    }
    console.log(
      `${what}: answers ${JSON.stringify(Object.fromEntries(statuses))}, readiness ${ready.some(({ status }) => status === 503) ? 'said 503' : 'never said 503'}, recovered in ${recovered} ms`,
    )
    expect(server!.exited()).toBe(false)
    if (awayMs > 0) {
      expect(statuses.get('503')).toBeGreaterThan(0)
      expect(ready.some(({ status }) => status === 503)).toBe(true)
    }
    expect(recovered).toBeLessThanOrEqual(1000)
  }

  if (kind === 'postgres') {
    test('a Postgres restart or crash under load: the server lives, answers 503 (never 500) while it is down, and serves again within 1 s', async () => {
      const data = cluster!
      // Its backends notice the postmaster's death and exit; the cluster starts once they have.
      const startAfterCrash = () =>
        until(
          'the crashed cluster to start again',
          () =>
            data.start().then(
              () => true,
              () => false,
            ),
          30_000,
        )
      await outage(
        'restart -m fast',
        () => undefined,
        () => data.restart(),
        0,
      )
      await outage(
        'restart -m fast',
        () => undefined,
        () => data.restart(),
        0,
      )
      await outage('kill -9 of the postmaster', () => data.crash(), startAfterCrash, 1500)
      await outage('kill -9 of the postmaster', () => data.crash(), startAfterCrash, 1500)
    }, 300_000)
  } else {
    test('the SQLite file taken away under load: the server lives, answers 503 (never 500) while it is gone, and serves again within 1 s of its return', async () => {
      const file = mainUri.slice('file:'.length)
      const away = () => rename(file, `${file}.away`)
      const back = () => rename(`${file}.away`, file)
      await outage('database file moved away', away, back, 1500)
      await outage('database file moved away', away, back, 1500)
    }, 300_000)
  }

  test('afterwards: every acknowledged write is stored whole, no file is orphaned, no delivery is stuck', async () => {
    await moveClock(leaseMs + 1000)
    const stuck = await settleDeliveries(admin, receiver, 20_000)
    const stored = await checkStored(admin, uploadsDir(), workload)
    const writes = workload.faqs.size + workload.media.size + workload.galleries.size
    const worst = Math.max(0, ...tally.recoveries)
    console.log(
      `faults: ${kind}: ${tally.killRounds} kill -9 rounds, ${tally.killedSeeds} killed seeds, ${tally.databaseFaults} database faults; ${writes} acknowledged writes, ${stored.lost.length} lost, ${stored.halfWritten.length} half-written, ${stored.orphanFiles.length} orphan files, ${stuck.length} stuck deliveries, ${workload.serverErrors.length} 500s, ${workload.clientErrors.length} 4xx, server died ${tally.serverDied}, recovery ≤ ${worst} ms`,
    )
    expect(stored.lost).toEqual([])
    expect(stored.halfWritten).toEqual([])
    expect(stored.orphanFiles).toEqual([])
    expect(stuck).toEqual([])
    expect(workload.serverErrors).toEqual([])
    expect(workload.clientErrors).toEqual([])
    expect(tally.serverDied).toBe(0)
    expect(writes).toBeGreaterThan(rounds)
  }, 120_000)
}
