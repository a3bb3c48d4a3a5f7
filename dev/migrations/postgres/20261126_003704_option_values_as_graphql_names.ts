import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { newSpelling, storedOptions } from '../../optionSpelling.js'

/**
 * Option values take the spelling GraphQL gives them (`scar_camouflage`), renamed in place in
 * each enum type so stored rows keep their value (drizzle-kit's own plan recreates the types and
 * fails on existing rows).
 */
const rename = async (db: MigrateUpArgs['db'], forward: boolean) => {
  for (const { enumType, values } of storedOptions) {
    for (const value of values) {
      const [from, to] = forward ? [value, newSpelling(value)] : [newSpelling(value), value]
      await db.execute(
        sql.raw(`ALTER TYPE "public"."${enumType}" RENAME VALUE '${from}' TO '${to}'`),
      )
    }
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rename(db, true)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await rename(db, false)
}
