import { createServer, type Server } from 'node:http'
import { rename, rm } from 'node:fs/promises'
import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'

import { createApp } from '../../dev/createApp.js'
import { closeGracefully } from '../../src/index.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * What a load balancer and an orchestrator see: liveness, readiness that follows the database,
 * 503 with Retry-After (never 500) while the database is away, and a shutdown that answers every
 * request under way.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false } })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('health and readiness answer 200, uncached, to anyone while the database answers', async () => {
  for (const path of ['/api/smp-clinic/health', '/api/smp-clinic/ready']) {
    const response = await server.anonymous.fetch(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
  }
  expect(await (await server.anonymous.fetch('/api/smp-clinic/ready')).json()).toEqual({
    database: 'up',
    status: 'ready',
  })
})

const sqlite = () => server.database === 'sqlite'

test('with the SQLite file gone, reads and writes answer 503 with Retry-After, readiness says so, liveness does not, and all serve again within a second of its return', async () => {
  if (!sqlite()) {
    console.log(
      'SKIP: a vanished database file is SQLite’s fault; Postgres outages are in npm run test:faults.',
    )
    return
  }
  const file = (
    server.payload.db as unknown as { clientConfig: { url: string } }
  ).clientConfig.url.slice('file:'.length)
  await rename(file, `${file}.away`)
  try {
    const read = await server.anonymous.fetch('/api/faqs')
    expect(read.status).toBe(503)
    expect(read.headers.get('retry-after')).toBe('1')
    const write = await server.admin.rest('POST', '/api/faqs', {
      answer: richText('Never stored.'),
      question: 'While the database is away?',
    })
    expect(write.status).toBe(503)
    const graphql = await server.anonymous.graphql('{ Faqs { docs { question } } }')
    expect(graphql.status).toBe(503)
    expect(graphql.body.errors[0].message).toMatch(/database cannot be reached/)
    const ready = await server.anonymous.fetch('/api/smp-clinic/ready')
    expect(ready.status).toBe(503)
    expect(await ready.json()).toMatchObject({ database: 'down', status: 'unavailable' })
    expect((await server.anonymous.fetch('/api/smp-clinic/health')).status).toBe(200)
    // A signed-in editor is not taken for a visitor because their session cannot be looked up.
    for (const path of ['/api/users/me', '/api/consents', '/api/smp-webhook-deliveries']) {
      const signedIn = await server.admin.fetch(path)
      expect([path, signedIn.status]).toEqual([path, 503])
    }
    expect((await server.admin.rest('POST', '/api/smp-clinic/sweep-files')).status).toBe(503)
  } finally {
    await rename(`${file}.away`, file)
  }
  const back = Date.now()
  while ((await server.anonymous.fetch('/api/smp-clinic/ready')).status !== 200) {
    await sleep(20)
  }
  expect(Date.now() - back).toBeLessThan(1000)
  expect((await server.anonymous.fetch('/api/faqs')).status).toBe(200)
  const { status } = await server.admin.rest('POST', '/api/faqs', {
    answer: richText('Stored.'),
    question: 'After the database is back?',
  })
  expect(status).toBe(201)
})

test('a SQLite file replaced by another (a backup restored over it) is opened afresh, not stuck on the old one', async () => {
  if (!sqlite()) {
    console.log('SKIP: replacing the database file is SQLite’s case.')
    return
  }
  const file = (
    server.payload.db as unknown as { clientConfig: { url: string } }
  ).clientConfig.url.slice('file:'.length)
  const { body } = await server.admin.rest('POST', '/api/faqs', {
    answer: richText('In the backup.'),
    question: 'Kept in the backup?',
  })
  await server.payload.db.execute({
    drizzle: (server.payload.db as unknown as { drizzle: unknown }).drizzle,
    raw: `VACUUM INTO '${file}.backup'`,
  } as never)
  await server.admin.rest('DELETE', `/api/faqs/${body.doc.id}`)
  // As a backup is restored: the write-ahead log of the file it replaces goes with it.
  await rm(`${file}-wal`, { force: true })
  await rm(`${file}-shm`, { force: true })
  await rename(`${file}.backup`, file)
  const restored = await server.admin.get(`/api/faqs/${body.doc.id}`)
  expect(restored.status).toBe(200)
  expect(restored.body.question).toBe('Kept in the backup?')
  expect((await server.anonymous.fetch('/api/smp-clinic/ready')).status).toBe(200)
})

test('a graceful shutdown says "draining", refuses new connections, and answers the request under way', async () => {
  const { body } = await server.admin.rest('POST', '/api/faqs', {
    answer: richText('Before the shutdown.'),
    question: 'Shutdown question?',
  })
  const own: Server = createServer(createApp(server.payload))
  await new Promise<void>((resolve) => own.listen(0, '127.0.0.1', resolve))
  const port = (own.address() as AddressInfo).port
  // A request under way: its headers and half its body are sent before the shutdown begins.
  const json = JSON.stringify({ question: 'Changed during the shutdown?' })
  const socket = connect(port, '127.0.0.1')
  await new Promise((resolve) => socket.once('connect', resolve))
  let answer = ''
  socket.on('data', (chunk) => (answer += chunk.toString()))
  const ended = new Promise((resolve) => socket.once('close', resolve))
  socket.write(
    `PATCH /api/faqs/${body.doc.id} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${server.admin.headers().Authorization}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\n\r\n${json.slice(0, 10)}`,
  )
  await sleep(100)
  // Payload stays up for the other tests: only the readiness flag and the server are shut.
  const closing = closeGracefully(own, { drainMs: 300, timeoutMs: 5000 })
  const { databaseHealth } = await import('../../src/internal.js')
  databaseHealth(server.payload).draining = true
  const draining = await fetch(`http://127.0.0.1:${port}/api/smp-clinic/ready`)
  expect(draining.status).toBe(503)
  expect(await draining.json()).toEqual({ status: 'draining' })
  await sleep(400)
  await expect(fetch(`http://127.0.0.1:${port}/api/smp-clinic/health`)).rejects.toThrow()
  socket.write(json.slice(10))
  await ended
  await closing
  databaseHealth(server.payload).draining = false
  expect(answer).toMatch(/^HTTP\/1\.1 200/)
  const stored = await server.admin.get(`/api/faqs/${body.doc.id}`)
  expect(stored.body.question).toBe('Changed during the shutdown?')
})
