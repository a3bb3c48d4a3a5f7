import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { newSpelling, storedOptions } from '../../optionSpelling.js'

/**
 * Option values take the spelling GraphQL gives them (`scar_camouflage`). SQLite keeps selects
 * as text, so only the stored rows change.
 */
const rename = async (db: MigrateUpArgs['db'], forward: boolean) => {
  for (const { column, table, values } of storedOptions) {
    for (const value of values) {
      const [from, to] = forward ? [value, newSpelling(value)] : [newSpelling(value), value]
      await db.run(
        sql.raw(`UPDATE \`${table}\` SET \`${column}\` = '${to}' WHERE \`${column}\` = '${from}'`),
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
