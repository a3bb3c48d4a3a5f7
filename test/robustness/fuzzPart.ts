import { responseCacheOf } from '../../src/index.js'
import { createConsent, createImage } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { checkIntegrity } from './integrity.js'
import {
  describeCollections,
  type FuzzRequest,
  type FuzzWorld,
  nextFuzzRequest,
} from './fuzzRequests.js'
import { seededRandom } from './random.js'

/**
 * Hostile traffic from outside, over every collection and endpoint, then a check that what was
 * stored still holds together. SMP_FUZZ_REQUESTS and SMP_FUZZ_SEED replay or extend a run.
 *
 * The run is shared between `parts` test files, each with a server of its own and a seed of its
 * own (the given seed plus the part's index), so the parts use both cores: a server answers in
 * the same process as its test, one core at a time.
 */
const total = Number(process.env.SMP_FUZZ_REQUESTS ?? 10_000)
// A fixed seed by default, so CI runs the same requests every time; any other seed
// explores further.
const baseSeed = Number(process.env.SMP_FUZZ_SEED ?? 20_261_125)
const concurrency = 4
const stackTrace = /\n\s+at [^\n]+:\d+:\d+/

export const fuzzPart = ({ part, parts }: { part: number; parts: number }) => {
  const requests = Math.floor(total / parts) + (part <= total % parts ? 1 : 0)
  const seed = baseSeed + part - 1
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ plugin: { seed: 'onInit' } })
  }, 120_000)
  afterAll(async () => {
    await server?.close()
  })

  test(`${requests} hostile requests (part ${part} of ${parts}, seed ${seed}) get no 5xx and no stack trace, and leave consistent data behind`, async () => {
    const images = [
      await createImage(server.admin, 'Fuzz before'),
      await createImage(server.admin, 'Fuzz after'),
    ]
    const consent = await createConsent(server.admin)
    const world: FuzzWorld = {
      collections: describeCollections(server.payload),
      consentId: consent.id,
      created: new Map([
        ['media', new Set(images.map((image) => image.id))],
        ['consents', new Set([consent.id])],
      ]),
      imageIds: images.map((image) => image.id),
    }
    const deleted = new Map<string, Set<number | string>>()
    const random = seededRandom(seed)
    const serverErrors: string[] = []
    const statuses = new Map<number, number>()
    let sent = 0

    const send = async (request: FuzzRequest) => {
      const headers = {
        ...request.headers,
        ...(request.asEditor ? server.admin.headers() : {}),
      }
      let response: Response
      let text: string
      try {
        response = await fetch(`${server.url}${request.path}`, {
          body: request.body,
          headers,
          method: request.method,
          redirect: 'manual',
        })
        text = await response.text()
      } catch (error) {
        serverErrors.push(
          `${request.kind}: ${request.method} ${request.path.slice(0, 160)} → no answer (${(error as Error).cause ?? (error as Error).message})`,
        )
        return
      }
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      const label = `${request.kind}: ${request.method} ${request.path.slice(0, 160)} → ${response.status}`
      if (response.status >= 500) {
        serverErrors.push(`${label} ${text.slice(0, 300)}`)
      } else if (stackTrace.test(text)) {
        serverErrors.push(`${label} shows a stack trace`)
      }
      if (response.status < 300 && request.method !== 'GET') {
        track(request, response.status, text)
      }
    }

    const track = (request: FuzzRequest, status: number, text: string) => {
      const slug = request.path.split('?')[0]!.split('/')[2]!
      let body: any
      try {
        body = JSON.parse(text)
      } catch {
        return
      }
      const remember = (map: Map<string, Set<number | string>>, id: unknown) => {
        if (typeof id === 'number' || typeof id === 'string') {
          const ids = map.get(slug) ?? new Set()
          ids.add(id)
          map.set(slug, ids)
        }
      }
      if (request.method === 'POST' && status === 201) remember(world.created, body?.doc?.id)
      if (request.method === 'DELETE') {
        remember(deleted, body?.doc?.id ?? body?.id)
        for (const doc of body?.docs ?? []) remember(deleted, doc?.id)
      }
      if (request.path.startsWith('/api/graphql')) {
        const createdTopic = body?.data?.createTopic?.id
        if (createdTopic !== undefined) {
          const ids = world.created.get('topics') ?? new Set()
          ids.add(createdTopic)
          world.created.set('topics', ids)
        }
      }
    }

    const worker = async () => {
      while (sent < requests) {
        sent++
        await send(nextFuzzRequest(world, random))
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))

    const integrity = await checkIntegrity({
      admin: server.admin,
      created: world.created,
      deleted,
      payload: server.payload,
      uploadsDir: server.uploadsDir,
    })
    const byStatus = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ')
    const cache = responseCacheOf(server.payload)?.counters()
    console.log(
      `fuzz part ${part}/${parts}: ${requests} requests, ${serverErrors.length} 5xx, ${integrity.failures.length} integrity failures (seed ${seed}; ${byStatus}; ${integrity.documents} documents and ${integrity.files} files checked; response cache ${cache?.hits ?? 0} hits, ${cache?.misses ?? 0} misses, ${cache?.bypasses ?? 0} bypasses)`,
    )
    if (serverErrors.length || integrity.failures.length) {
      console.log([...serverErrors, ...integrity.failures].slice(0, 40).join('\n'))
    }
    expect(serverErrors.slice(0, 20)).toEqual([])
    expect(integrity.failures.slice(0, 20)).toEqual([])
  }, 900_000)
}
