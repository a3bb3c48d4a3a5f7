import type { CollectionConfig } from 'payload'

import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A 2xx means the write is committed. A host collection whose hook leaves a constraint that is
 * only checked at COMMIT (a deferred foreign key, on SQLite and on Postgres) makes the commit
 * itself fail: the request must fail too, and nothing may be stored.
 */
const deferredViolation = (database: string) =>
  database === 'postgres'
    ? [
        'CREATE TEMP TABLE IF NOT EXISTS commit_probe (id serial PRIMARY KEY, ref integer REFERENCES commit_probe (id) DEFERRABLE INITIALLY DEFERRED)',
        'INSERT INTO commit_probe (ref) VALUES (-1)',
      ]
    : [
        'CREATE TEMP TABLE IF NOT EXISTS commit_probe (id INTEGER PRIMARY KEY, ref INTEGER REFERENCES commit_probe (id) DEFERRABLE INITIALLY DEFERRED)',
        'INSERT INTO commit_probe (ref) VALUES (-1)',
      ]

const probes: CollectionConfig = {
  slug: 'commit-probes',
  access: { create: ({ req }) => Boolean(req.user), read: ({ req }) => Boolean(req.user) },
  fields: [
    { name: 'label', type: 'text' },
    { name: 'failCommit', type: 'checkbox' },
  ],
  hooks: {
    afterChange: [
      async ({ doc, req }) => {
        if (doc.failCommit) {
          const db = req.payload.db as unknown as {
            execute: (args: { db: unknown; raw: string }) => Promise<unknown>
            name: string
            sessions: Record<string, { db: unknown }>
          }
          const session = db.sessions[String(await req.transactionID)]
          for (const raw of deferredViolation(db.name)) {
            await db.execute({ db: session?.db, raw })
          }
        }
        return doc
      },
    ],
  },
}

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ collections: [probes], plugin: { seed: false } })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const stored = async () =>
  (await server.admin.get('/api/commit-probes?limit=0&pagination=false')).body.docs as {
    label: string
  }[]

test('a write whose commit fails is not answered 2xx, and is not stored', async () => {
  if (server.database === 'mongodb') {
    console.log('skip: deferred SQL constraints do not exist on MongoDB')
    return
  }
  const failed = await server.admin.rest('POST', '/api/commit-probes', {
    failCommit: true,
    label: 'never committed',
  })
  expect(failed.status).toBeGreaterThanOrEqual(400)
  expect(typeof failed.body.errors[0].message).toBe('string')
  expect((await stored()).map(({ label }) => label)).not.toContain('never committed')

  const committed = await server.admin.rest('POST', '/api/commit-probes', { label: 'committed' })
  expect(committed.status).toBe(201)
  expect((await stored()).map(({ label }) => label)).toContain('committed')
})
