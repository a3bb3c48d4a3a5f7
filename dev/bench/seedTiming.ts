import { getPayload } from 'payload'

import { seed } from '../../src/index.js'
import { benchConfig } from './benchConfig.js'
import { destroyPayload } from './throwawayDatabase.js'

export type SeedTiming = {
  /**
   * The first seed of an empty database, in milliseconds.
   */
  firstMs: number
  /**
   * Seeding again, when everything exists.
   */
  againMs: number
  /**
   * Documents the first seed created, per collection.
   */
  created: Record<string, number>
}

/**
 * Times `seed({ payload })` in-process on a fresh database with the plugin, then again. Runs on
 * a Payload instance of its own (its own cache key and database, destroyed afterwards) because
 * the seeded documents have no bare copies and would differ between the two sides.
 */
export const timeSeed = async ({
  databaseUri,
  uploadsDir,
}: {
  databaseUri: string
  uploadsDir: string
}): Promise<SeedTiming> => {
  const config = await benchConfig({ databaseUri, uploadsDir })
  const payload = await getPayload({ config, key: 'bench-seed' })
  try {
    const first = performance.now()
    const { created } = await seed({ payload })
    const again = performance.now()
    await seed({ payload })
    const done = performance.now()
    return { againMs: done - again, created, firstMs: again - first }
  } finally {
    await destroyPayload(payload)
  }
}
