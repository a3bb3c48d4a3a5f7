import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'

import { buildDevConfig } from '../../dev/buildDevConfig.js'
import { placeholderPng } from '../../src/internal.js'
import { migrationDirs } from '../../dev/databaseAdapter.js'
import { createTestDatabase, testDatabaseKind } from '../helpers/testDatabase.js'

/**
 * The dev app builds its SQLite or Postgres schema from the committed migrations (production never
 * pushes a schema). A fresh database migrated from zero must hold everything the plugin needs, and
 * generating a migration afterwards must find nothing left to do. Runs in the SQLite leg
 * (`npm test`) and the Postgres leg (`npm run test:postgres`).
 */
const kind = testDatabaseKind()
const sql = kind === 'postgres' || kind === 'sqlite'
if (!sql) {
  console.log(
    `SKIP migrations: ${kind} needs no migrations; they run in the SQLite and Postgres legs`,
  )
}
const sqlOnly = sql ? describe : describe.skip
const migrationDir = sql ? migrationDirs[kind] : ''

sqlOnly(`the committed ${kind} migrations`, () => {
  let payload: Payload
  let dir: string

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'smp-clinic-migrations-'))
    const { uri } = await createTestDatabase(kind, dir)
    const config = await buildDevConfig({
      databaseUri: uri,
      migrations: true,
      plugin: { uploads: { staticDir: path.join(dir, 'uploads') } },
    })
    payload = await getPayload({ config, key: `migrations-${process.pid}` })
  })
  afterAll(async () => {
    await payload?.destroy()
    rmSync(dir, { force: true, recursive: true })
  })

  test('migrate a fresh database from zero, after which the app seeds and serves content', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', pagination: false })
    expect(docs.map((doc) => doc.name).sort()).toEqual(
      readdirSync(migrationDir)
        .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
        .map((file) => file.replace(/\.ts$/, ''))
        .sort(),
    )
    expect((await payload.count({ collection: 'faqs' })).totalDocs).toBe(5)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(1)
  })

  test("leave nothing for a new migration to change: they match the plugin's schema", async () => {
    // The comparison `payload migrate:create` makes, without its process.exit on "no changes".
    const db = payload.db as unknown as {
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<unknown>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
      schema: unknown
    }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = readdirSync(migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)!
    const committed = JSON.parse(readFileSync(path.join(migrationDir, latest), 'utf8'))
    const statements = await generateMigration(committed, await generateDrizzleJson(db.schema))
    expect(statements).toEqual([])
  })

  test('stored option values move to the GraphQL spelling and back, rows kept', async () => {
    const { migrations } = (await import(path.join(migrationDir, 'index.ts'))) as {
      migrations: {
        down: (args: unknown) => Promise<void>
        name: string
        up: (args: unknown) => Promise<void>
      }[]
    }
    const spelling = migrations.find(({ name }) => name.endsWith('option_values_as_graphql_names'))!
    const args = { db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload, req: {} }
    const stored = async () => {
      const { docs } = await payload.find({
        collection: 'before-after-galleries',
        depth: 0,
        pagination: false,
        sort: 'id',
      })
      const practitioners = await payload.find({
        collection: 'practitioners',
        depth: 0,
        pagination: false,
      })
      return [
        ...docs.flatMap((doc) => [doc.treatmentType, doc.hairLossStage]),
        ...practitioners.docs.flatMap((doc) => doc.specialties ?? []),
      ].filter(Boolean)
    }
    const now = await stored()
    expect(now).toEqual(expect.arrayContaining(['scar_camouflage', 'norwood_iii']))
    await spelling.down(args)
    const before = await stored()
    expect(before).toEqual(now.map((value) => value.replace(/_/g, '-')))
    await spelling.up(args)
    expect(await stored()).toEqual(now)
  })

  test('deleting an image used as a meta image clears the reference (the foreign key sets null)', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Meta image' },
      file: {
        data: placeholderPng({ density: 'dense', height: 60, width: 80 }),
        mimetype: 'image/png',
        name: 'meta.png',
        size: 0,
      },
    })
    const { docs } = await payload.find({ collection: 'articles', depth: 0, limit: 1 })
    const article = docs[0]!
    await payload.update({
      collection: 'articles',
      data: { meta: { image: image.id } },
      id: article.id,
    })
    await payload.delete({ collection: 'media', id: image.id })
    const after = await payload.findByID({ collection: 'articles', depth: 0, id: article.id })
    expect(after.meta?.image ?? null).toBeNull()
  })
})
