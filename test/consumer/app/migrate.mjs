// The plugin's schema as migrations, the way a production app builds its database: phase
// `create` writes the initial migration from the config (Payload's createMigration, as
// `payload migrate:create` does); phase `run` applies it to an empty database with schema push
// off, then starts the app, which seeds on that schema. Prints what it did as JSON and exits.
//
// Payload's migrations are TypeScript: run it with `node --conditions=production --import tsx`,
// as Payload's own CLI loads them.
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { mkdirSync, readdirSync } from 'node:fs'
import { buildConfig, getPayload } from 'payload'
import { smpClinicPlugin } from 'payload-plugin-smp-clinic'
import sharp from 'sharp'

const [dir, phase] = process.argv.slice(2)
const migrationDir = `${dir}/migrations`
mkdirSync(migrationDir, { recursive: true })
const config = await buildConfig({
  collections: [{ slug: 'users', auth: true, fields: [] }],
  db: sqliteAdapter({ client: { url: `file:${dir}/migrated.db` }, migrationDir, push: false }),
  editor: lexicalEditor(),
  logger: { options: { level: 'warn' } },
  plugins: [smpClinicPlugin({ seed: 'onInit', uploads: { staticDir: `${dir}/migrated-uploads` } })],
  secret: 'consumer-test-secret',
  sharp,
  telemetry: false,
})
const payload = await getPayload({ config, disableOnInit: true })
if (phase === 'create') {
  await payload.db.createMigration({ forceAcceptWarning: true, migrationName: 'initial', payload })
  console.log(
    JSON.stringify({
      migrations: readdirSync(migrationDir).filter((file) => /_initial\.ts$/.test(file)).length,
    }),
  )
} else {
  await payload.db.migrate()
  // The app's start, on the migrated schema: the plugin seeds.
  await payload.config.onInit?.(payload)
  const count = async (collection) =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs
  console.log(JSON.stringify({ articles: await count('articles'), faqs: await count('faqs') }))
}
await payload.destroy()
process.exit(0)
