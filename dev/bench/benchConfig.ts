import type { Payload, SanitizedConfig } from 'payload'

import type { StatementLog } from './statementLog.js'

import { pushDevSchema } from '@payloadcms/drizzle'

import { defaultSlugs, type SmpClinicPluginConfig } from '../../src/index.js'
import { buildDevConfig } from '../buildDevConfig.js'
import { assertBare, bareCopies } from './bareCopy.js'
import { withBareIndexes } from './bareIndexes.js'

/**
 * The plugin collections the bench reads and copies (the dev config keeps the default slugs).
 */
export const benchSlugs: string[] = Object.values(defaultSlugs)

export type BenchConfigArgs = {
  /**
   * Add a bare copy of each plugin collection.
   * @default false
   */
  bare?: boolean
  databaseUri: string
  /**
   * Counts the SQL statements the adapter runs.
   */
  statements?: StatementLog
  serverURL?: string
  uploadsDir: string
}

/**
 * Production never pushes a schema, and the bench runs in production mode on a throwaway
 * database that has none (and whose bare copies no migration knows): the schema is pushed once,
 * before the dev config's own `onInit` reads the users collection.
 */
const pushingSchemaFirst = (onInit: SanitizedConfig['onInit']): SanitizedConfig['onInit'] =>
  process.env.NODE_ENV === 'production'
    ? async (payload: Payload) => {
        await pushDevSchema(payload.db as unknown as Parameters<typeof pushDevSchema>[0])
        await onInit?.(payload)
      }
    : onInit

/**
 * The dev config as `npm run dev` builds it (the plugin with its defaults, no seeding on init,
 * uploads in the bench's folder), on the given database, optionally with the bare copies and a
 * statement counter.
 */
export const benchConfig = async ({
  bare = false,
  databaseUri,
  serverURL,
  statements,
  uploadsDir,
}: BenchConfigArgs): Promise<SanitizedConfig> => {
  const plugin: SmpClinicPluginConfig = { seed: false, uploads: { staticDir: uploadsDir } }
  const config = await buildDevConfig({
    collections: bare ? await bareCopies(plugin, benchSlugs, uploadsDir) : [],
    databaseLogger: statements?.logger,
    databaseUri,
    plugin,
    serverURL,
  })
  if (bare) {
    assertBare(config, benchSlugs)
    // Built after the plugin ran; only the adapter's schema hooks can still add indexes.
    config.db = withBareIndexes(config.db)
  }
  config.onInit = pushingSchemaFirst(config.onInit)
  return config
}
