import { getPayload } from 'payload'

import { seed } from '../src/index.js'

/**
 * `npm run seed`: seeds the database named by DATABASE_URI (the embedded SQLite file when unset).
 */
const config = await import('./payload.config.js').then((module) => module.default)
const payload = await getPayload({ config })
const result = await seed({ payload })
payload.logger.info(
  `Seed finished: created ${JSON.stringify(result.created)}, already there ${JSON.stringify(result.existing)}`,
)
await payload.destroy()
process.exit(0)
