import { createClient } from '@libsql/client'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import path from 'node:path'

import { isBusyError } from '../../src/internal.js'
import { testDatabaseKind } from '../helpers/testDatabase.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * On SQLite (WAL, deferred transactions), a transaction whose first write comes after another
 * connection committed since its first read is refused at once with SQLITE_BUSY_SNAPSHOT, an
 * extended code: no wait can cure it, a retry does. It must read as "busy" (a 503 the server
 * retries), never as a fault (a 500): an upload, which reads, then resizes its image, then
 * writes, met it when a job's claim was renewed in between.
 */
const onSqlite = testDatabaseKind() === 'sqlite'
if (!onSqlite) {
  console.log(`skipped: SQLITE_BUSY_SNAPSHOT is SQLite's (this run is on ${testDatabaseKind()})`)
}

let server: TestServer
beforeAll(async () => {
  if (onSqlite) {
    server = await startTestServer()
  }
})
afterAll(async () => {
  await server?.close()
})

;(onSqlite ? test : test.skip)(
  'a write refused because another connection committed since the first read is busy, not a fault',
  async () => {
    const { payload } = server
    const other = createClient({
      url: `file:${path.join(path.dirname(server.uploadsDir), 'test.db')}`,
    })
    await other.execute('CREATE TABLE IF NOT EXISTS busy_probe (x INTEGER)')
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    let refused: unknown
    try {
      await payload.find({ collection: 'faqs', depth: 0, limit: 1, overrideAccess: true, req })
      await other.execute('INSERT INTO busy_probe VALUES (1)')
      await payload.create({
        collection: 'topics',
        data: { name: 'Written after another commit' },
        overrideAccess: true,
        req,
      })
      await commitTransaction(req)
    } catch (error) {
      refused = error
      await killTransaction(req)
    } finally {
      other.close()
    }
    expect(refused).toBeDefined()
    // The driver's error, under the query builder's "Failed query".
    const codes: unknown[] = []
    for (let error = refused as any; error; error = error.cause) {
      codes.push(error.code)
    }
    expect(codes).toContain('SQLITE_BUSY_SNAPSHOT')
    expect(isBusyError(refused)).toBe(true)
  },
)
