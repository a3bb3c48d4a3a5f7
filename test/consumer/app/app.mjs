// A fresh Payload app as an agency writes it on day one: the plugin from the registry tarball,
// SQLite, seeding on start. It serves Payload's REST API on an ephemeral port, reads the seeded
// article over HTTP, prints what it read as JSON and exits.
//
// Run it with `node --conditions=production`: Lexical's default Node entry points load their
// real code through top-level await, which on Node 20 intermittently leaves module loading
// unsettled (exit code 13) when the whole Payload graph loads at once.
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload } from 'payload'
import { smpClinicPlugin } from 'payload-plugin-smp-clinic'

import { serveApi } from './serveApi.mjs'

const dir = process.argv[2]
const config = await buildConfig({
  collections: [{ slug: 'users', auth: true, fields: [] }],
  db: sqliteAdapter({ client: { url: `file:${dir}/app.db` } }),
  editor: lexicalEditor(),
  logger: { options: { level: 'warn' } },
  plugins: [smpClinicPlugin({ seed: 'onInit', uploads: { staticDir: `${dir}/uploads` } })],
  secret: 'consumer-test-secret',
  telemetry: false,
})
const payload = await getPayload({ config })

const server = await serveApi(config)
const response = await fetch(
  `${server.url}/api/articles?where[slug][equals]=scalp-micropigmentation-a-solution-for-hair-loss`,
)
const body = await response.json()
// What a visitor must never see: a draft, and the seeded samples (published, but fictitious).
await payload.create({
  collection: 'articles',
  data: { _status: 'draft', title: 'Not yet' },
  depth: 0,
  draft: true,
  overrideAccess: true,
})
const visible = async (path) => (await (await fetch(`${server.url}/api/${path}`)).json()).totalDocs
console.log(
  JSON.stringify({
    drafts: (
      await payload.count({
        collection: 'articles',
        overrideAccess: true,
        where: { _status: { equals: 'draft' } },
      })
    ).totalDocs,
    draftVisible: await visible('articles/count?where[_status][equals]=draft'),
    faqs: (await payload.count({ collection: 'faqs', overrideAccess: true })).totalDocs,
    readingTime: body.docs[0]?.readingTime,
    status: response.status,
    samplesVisible:
      (await visible('practitioners/count')) +
      (await visible('testimonials/count')) +
      (await visible('before-after-galleries/count')),
    title: body.docs[0]?.title,
  }),
)
server.close()
await payload.destroy()
process.exit(0)
