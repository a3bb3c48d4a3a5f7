import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { buildDevConfig, type DevConfigArgs } from '../../dev/buildDevConfig.js'
import { createApp } from '../../dev/createApp.js'
import { devAdmin } from '../../dev/ensureFirstUser.js'
import { idShapeOf, type IdShape } from '../../src/internal.js'
import { ApiClient } from './apiClient.js'
import { createTestDatabase, testDatabaseKind, type TestDatabaseKind } from './testDatabase.js'

export type TestServer = {
  /**
   * Requests as the seeded admin.
   */
  admin: ApiClient
  /**
   * Requests with no credentials, as any visitor of the site.
   */
  anonymous: ApiClient
  close: () => Promise<void>
  /**
   * The database the server runs on, for the few assertions where adapters genuinely differ.
   */
  database: TestDatabaseKind
  /**
   * The GraphQL type of document ids: `Int` on SQL databases, `String` on MongoDB.
   */
  idType: 'Int' | 'String'
  /**
   * The form of document ids: whole numbers, UUIDs (`DATABASE_ID_TYPE=uuid`) or ObjectIds.
   */
  idShape: IdShape
  /**
   * An id of the database's form that no document has.
   */
  nonexistentId: number | string
  payload: Payload
  /**
   * Where the plugin's upload collections store their files (one folder per collection).
   */
  uploadsDir: string
  url: string
}

// Payload's info lines (schema pulls, seeding) drown the test report; warnings still show.
process.env.LOG_LEVEL ??= 'warn'

/**
 * Boots the dev app's config (with the given plugin options) on a fresh SQLite file in a temporary
 * folder, serves it with the express app on an ephemeral port and logs the admin in.
 */
export const startTestServer = async (args: DevConfigArgs = {}): Promise<TestServer> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'smp-clinic-test-'))
  // The port first, so the config knows the server's own URL (absolute URLs in responses).
  const server: Server = createServer()
  // As the dev server: idle sockets outlive the test client's, so none is reset as it is reused.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const database = testDatabaseKind()
  const db = await createTestDatabase(database, dir)
  const config = await buildDevConfig({
    databaseUri: db.uri,
    serverURL: url,
    ...args,
    // A host's own upload collection would otherwise store its files in the working directory.
    collections: args.collections?.map((collection) =>
      typeof collection.upload === 'object' && !collection.upload.staticDir
        ? {
            ...collection,
            upload: { ...collection.upload, staticDir: path.join(dir, 'uploads', collection.slug) },
          }
        : collection,
    ),
    plugin: {
      ...args.plugin,
      uploads: { staticDir: path.join(dir, 'uploads'), ...args.plugin?.uploads },
    },
  })
  // Payload's HTTP handlers take the instance cached under the default key; the server's own
  // instance must be that one, or requests would start a second Payload on the same database.
  // (One server per test file: jest gives each file its own module cache.)
  const payload = await getPayload({ config })
  server.on('request', createApp(payload))
  const anonymous = new ApiClient(url)
  const admin = await new ApiClient(url).login(devAdmin.email, devAdmin.password)
  return {
    admin,
    anonymous,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await payload.destroy()
      await rm(dir, { force: true, recursive: true })
    },
    database,
    idType: payload.db.defaultIDType === 'number' ? 'Int' : 'String',
    idShape: idShapeOf(payload.db),
    nonexistentId: {
      objectId: '0123456789abcdef01234567',
      serial: 987654321,
      uuid: '0b7e5f3a-9c1d-4e2b-8f6a-5d4c3b2a1f0e',
    }[idShapeOf(payload.db)],
    payload,
    uploadsDir: path.join(dir, 'uploads'),
    url,
  }
}
