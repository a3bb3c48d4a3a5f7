import type { Config, SanitizedConfig } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { smpClinicPlugin, smpClinicQueue, type SmpClinicPluginConfig } from '../src/index.js'
import { databaseAdapter, type DatabaseAdapterOptions } from './databaseAdapter.js'
import { ensureFirstUser } from './ensureFirstUser.js'
import { payloadSecret } from './payloadSecret.js'
import { smtpEmail } from './smtpEmail.js'
import { withStartupLock } from './startupLock.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export type DevConfigArgs = {
  /**
   * Run the plugin's scheduled job queue in this process (the dev server does; tests do not).
   */
  autoRunJobs?: boolean
  /**
   * The host's blocks, defined once and named by slug in fields (`blockReferences`).
   */
  blocks?: Config['blocks']
  /**
   * The host's own collections, added before the plugin runs.
   */
  collections?: Config['collections']
  /**
   * Drizzle's query logger (SQLite and Postgres): the tests and the benchmark count the SQL
   * statements a request runs with it.
   */
  databaseLogger?: DatabaseAdapterOptions['logger']
  databaseUri?: string
  /**
   * Where e-mail goes (the submission form's links): an SMTP URL. Without it Payload writes
   * e-mails to its log.
   */
  smtpUrl?: string
  /**
   * The host's locales, when it translates its content.
   */
  localization?: Config['localization']
  /**
   * Build the SQLite or Postgres schema from dev/migrations (run on start) instead of pushing it.
   */
  migrations?: boolean
  /**
   * The server's own URL (`SERVER_URL`), so every URL in a response is absolute.
   */
  serverURL?: string
  /**
   * The host's other plugins, listed after the clinic's (plugin-multi-tenant for a chain).
   */
  plugins?: Config['plugins']
  /**
   * The plugin's options; the dev app seeds on init and stores uploads under UPLOADS_DIR
   * (default dev/uploads).
   */
  plugin?: SmpClinicPluginConfig
}

/**
 * The host app used by `npm run dev`, `npm run seed` and the tests: a users collection, the
 * plugin, and the database chosen by `DATABASE_URI`.
 */
export const buildDevConfig = ({
  autoRunJobs = false,
  blocks,
  collections = [],
  databaseLogger,
  databaseUri = process.env.DATABASE_URI || undefined,
  localization,
  migrations = false,
  plugin = {},
  plugins = [],
  serverURL = process.env.SERVER_URL || undefined,
  smtpUrl = process.env.SMTP_URL || undefined,
}: DevConfigArgs = {}): Promise<SanitizedConfig> =>
  buildConfig({
    admin: {
      // Gravatar would send editors' email hashes to a third party; the built-in avatar does not.
      avatar: 'default',
      importMap: {
        baseDir: dirname,
        importMapFile: path.join(dirname, 'app/(payload)/admin/importMap.js'),
      },
      user: 'users',
    },
    blocks,
    collections: [
      {
        slug: 'users',
        admin: { useAsTitle: 'email' },
        auth: true,
        fields: [{ name: 'name', type: 'text', label: 'Name' }],
      },
      ...collections,
    ],
    db: databaseAdapter(databaseUri, { logger: databaseLogger, migrations }),
    editor: lexicalEditor(),
    email: smtpUrl ? smtpEmail(smtpUrl, process.env.EMAIL_FROM || undefined) : undefined,
    graphQL: {
      disablePlaygroundInProduction: true,
      schemaOutputFile: path.join(dirname, 'schema.graphql'),
    },
    // Editors pick one on their account page (or their browser's language decides); the plugin
    // brings its own strings in each.
    i18n: { supportedLanguages: { en, es, fr } },
    // Runs the plugin's hourly consent check in the long-running dev server only.
    jobs: autoRunJobs ? { autoRun: [{ cron: '*/5 * * * *', queue: smpClinicQueue }] } : undefined,
    localization,
    // LOG_LEVEL=warn keeps test output to what matters.
    logger: { options: { level: process.env.LOG_LEVEL || 'info' } },
    onInit: async (payload) => {
      await withStartupLock(payload, async () => {
        if (migrations && payload.db.name !== 'mongoose') {
          await payload.db.migrate()
        }
        await ensureFirstUser(payload)
      })
    },
    plugins: [
      smpClinicPlugin({
        seed: 'onInit',
        // The delivery log is part of the app's schema whether or not a receiver is configured.
        webhooks: { endpoints: [] },
        // The public form: its moderation queue is part of the schema too.
        submissions: {
          notify: (process.env.SUBMISSIONS_NOTIFY ?? '').split(',').filter(Boolean),
        },
        // Reviews imported from Trustpilot and Google (`npm run import`).
        externalReviews: {},
        ...plugin,
        uploads: {
          staticDir: process.env.UPLOADS_DIR || path.join(dirname, 'uploads'),
          ...plugin.uploads,
        },
      }),
      ...plugins,
    ],
    secret: payloadSecret(),
    serverURL: serverURL?.replace(/\/$/, ''),
    sharp,
    telemetry: false,
    // Types are written by `npm run generate` (and checked in CI), not by a child process that every
    // start, seed and test server would otherwise spawn and leave running.
    typescript: {
      autoGenerate: false,
      declare: false,
      outputFile: path.join(dirname, 'payload-types.ts'),
    },
  })
