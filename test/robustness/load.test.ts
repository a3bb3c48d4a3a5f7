import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Mixed reads and writes on loopback for SMP_LOAD_SECONDS (60 by default): every request
 * answers as it should, and the heap after garbage collection does not grow with the traffic.
 */
const seconds = Number(process.env.SMP_LOAD_SECONDS ?? 60)
const workers = 8

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const heapMb = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 1024 / 1024
}

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: 'onInit' } })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const articlePage = `query Page($slug: String) {
  Articles(where: { slug: { equals: $slug } }, limit: 1) {
    docs { title excerpt readingTime tableOfContents { text anchor } author { name } topics { name } }
  }
  Faqs(limit: 20) { docs { question } }
}`

test(
  `${seconds} s of mixed reads and writes: no errors and a flat heap`,
  async () => {
    const { body } = await server.anonymous.get('/api/articles?limit=1&depth=0')
    const slug = body.docs[0].slug as string
    const articleId = body.docs[0].id as number
    const failures: string[] = []
    let requests = 0

    const expect2xx = async (label: string, request: Promise<{ body: any; status: number }>) => {
      const { body: answer, status } = await request
      requests++
      if (status < 200 || status >= 300 || answer?.errors) {
        failures.push(`${label} → ${status} ${JSON.stringify(answer).slice(0, 200)}`)
      }
      return answer
    }

    const operations: [number, () => Promise<unknown>][] = [
      [
        30,
        () =>
          expect2xx(
            'list articles',
            server.anonymous.get('/api/articles?limit=10&sort=-publishedAt&depth=1'),
          ),
      ],
      [
        15,
        () =>
          expect2xx(
            'article by slug',
            server.anonymous.get(`/api/articles?where[slug][equals]=${slug}&depth=1`),
          ),
      ],
      [
        10,
        () =>
          expect2xx('article by id', server.anonymous.get(`/api/articles/${articleId}?depth=2`)),
      ],
      [15, () => expect2xx('GraphQL page', server.anonymous.graphql(articlePage, { slug }))],
      [10, () => expect2xx('FAQs', server.anonymous.get('/api/faqs?limit=20&sort=_order'))],
      [
        20,
        async () => {
          const created = await expect2xx(
            'create FAQ draft',
            server.admin.rest('POST', '/api/faqs?draft=true', {
              answer: richText('Under load.'),
              question: `Load question ${requests}?`,
            }),
          )
          const id = created?.doc?.id
          if (id !== undefined) {
            await expect2xx(
              'update FAQ',
              server.admin.rest('PATCH', `/api/faqs/${id}?draft=true`, {
                question: 'Edited under load?',
              }),
            )
            await expect2xx('delete FAQ', server.admin.rest('DELETE', `/api/faqs/${id}`))
          }
        },
      ],
    ]
    const weights = operations.reduce((sum, [weight]) => sum + weight, 0)
    const pick = () => {
      let roll = Math.random() * weights
      for (const [weight, run] of operations) {
        roll -= weight
        if (roll < 0) return run
      }
      return operations[0]![1]
    }

    const warmUntil = Date.now() + Math.min(10, seconds / 6) * 1000
    const stopAt = Date.now() + seconds * 1000
    let startHeap = 0
    const worker = async () => {
      while (Date.now() < stopAt) {
        await pick()()
      }
    }
    const sampler = (async () => {
      while (Date.now() < warmUntil) await new Promise((resolve) => setTimeout(resolve, 200))
      startHeap = heapMb()
    })()
    await Promise.all([sampler, ...Array.from({ length: workers }, worker)])
    const endHeap = heapMb()
    console.log(
      `load: ${seconds} s, ${requests} requests (${Math.round(requests / seconds)}/s), ${failures.length} errors, heap ${startHeap.toFixed(0)} → ${endHeap.toFixed(0)} MB after GC`,
    )
    expect(failures.slice(0, 10)).toEqual([])
    // Flat: whatever the number of requests, the heap ends within a small margin of where it began.
    expect(endHeap).toBeLessThan(startHeap * 1.2 + 16)
  },
  (seconds + 120) * 1000,
)
