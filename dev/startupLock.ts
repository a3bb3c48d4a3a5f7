import type { Payload } from 'payload'
import type { Pool } from 'pg'

const startupLockKey = 'payload-plugin-smp-clinic:startup'

/**
 * Runs `work` (migrations, the first user) while no other instance on the same Postgres database
 * runs its own. Payload's `migrate()` reads which migrations ran, then runs the others with no
 * lock: two instances starting together on a fresh database both run the first migration, and
 * the second fails on the types the first created and exits (`process.exit(1)`). Likewise both
 * would find no user and create the same first one. A session-level advisory lock, held on a
 * connection of its own for as long as `work` runs, makes the later instance wait and then find
 * everything done. Elsewhere (SQLite, one file on one host; MongoDB, no migrations) it just runs.
 */
export const withStartupLock = async (payload: Payload, work: () => Promise<void>) => {
  const pool = payload.db.name === 'postgres' ? (payload.db as { pool?: Pool }).pool : undefined
  if (!pool) {
    return work()
  }
  const client = await pool.connect()
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [startupLockKey])
    try {
      await work()
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [startupLockKey])
    }
  } finally {
    client.release()
  }
}
