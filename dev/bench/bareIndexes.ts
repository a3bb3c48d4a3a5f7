import type { DatabaseAdapterObj } from 'payload'

type RawIndex = { name: string; on: string | string[]; unique?: boolean }
type RawTable = { columns: Record<string, unknown>; indexes?: Record<string, RawIndex> }
type SchemaHook = (args: {
  adapter: { rawTables?: Record<string, RawTable> }
  schema: unknown
}) => unknown

const columnsOf = (index: RawIndex) => (Array.isArray(index.on) ? index.on : [index.on])

/**
 * The bare copy of a plugin table: `articles_rels` → `bare_articles_rels`, and the version
 * table `_articles_v` → `_bare_articles_v`.
 */
const bareTableName = (name: string) =>
  name.startsWith('_') ? `_bare_${name.slice(1)}` : `bare_${name}`

/**
 * Gives each bare table every index of its plugin table. Field and collection indexes are copied
 * with the collections; this catches those the plugin adds to the SQL adapter's schema itself
 * (such as the FAQs' `(_status, _order)`), which host collections do not get. An index whose
 * columns the bare table names differently (a join table's column per related collection) is
 * already there under its own name.
 */
export const withBareIndexes = <T extends DatabaseAdapterObj>(db: T): T => {
  const mirror: SchemaHook = ({ adapter, schema }) => {
    const tables = adapter.rawTables ?? {}
    for (const [name, table] of Object.entries(tables)) {
      const bare = tables[bareTableName(name)]
      if (name.startsWith('bare_') || name.startsWith('_bare_') || !bare) {
        continue
      }
      const existing = new Set(
        Object.values(bare.indexes ?? {}).map((index) => JSON.stringify(columnsOf(index))),
      )
      for (const index of Object.values(table.indexes ?? {})) {
        const columns = columnsOf(index)
        if (
          existing.has(JSON.stringify(columns)) ||
          !columns.every((column) => column in bare.columns)
        ) {
          continue
        }
        const indexName = `bare_${index.name}`
        bare.indexes = { ...bare.indexes, [indexName]: { ...index, name: indexName } }
      }
    }
    return schema
  }
  return {
    ...db,
    init: (args: Parameters<T['init']>[0]) => {
      const adapter = db.init(args) as unknown as { beforeSchemaInit?: SchemaHook[] }
      if (Array.isArray(adapter.beforeSchemaInit)) {
        // After the plugin's own schema hooks, so their indexes are there to copy.
        adapter.beforeSchemaInit = [...adapter.beforeSchemaInit, mirror]
      }
      return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}
