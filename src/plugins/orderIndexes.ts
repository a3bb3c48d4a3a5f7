import type { DatabaseAdapterObj } from 'payload'

import { sqlTableKey } from '../hardening/sqlTableKey.js'

type RawIndex = { name: string; on: string[] | string; unique?: boolean }

type SchemaHookArgs = {
  adapter: {
    rawTables?: Record<
      string,
      { columns: Record<string, unknown>; indexes?: Record<string, RawIndex> }
    >
    tableNameMap?: Map<string, string>
  }
  schema: unknown
}

type SchemaHookAdapter = { beforeSchemaInit?: ((args: SchemaHookArgs) => unknown)[] }

/**
 * Adds `(_status, _order)` indexes to the SQL tables of orderable collections with drafts (the
 * FAQs), so the public FAQ page is read in the clinic's order from an index instead of sorting
 * every published FAQ. A collection's own `indexes` cannot name `_order`: Payload adds that field
 * after plugins and collection indexes are checked, so the index is added to the adapter's raw
 * schema, before it builds its tables. MongoDB adapters have no such hook and are left as they are.
 */
export const withOrderIndexes = (db: DatabaseAdapterObj, slugs: string[]): DatabaseAdapterObj => {
  if (!slugs.length) {
    return db
  }
  const addIndexes = ({ adapter, schema }: SchemaHookArgs) => {
    for (const slug of slugs) {
      const tableName = adapter.tableNameMap?.get(sqlTableKey(slug))
      const table = tableName ? adapter.rawTables?.[tableName] : undefined
      if (table && '_status' in table.columns && '_order' in table.columns) {
        const name = `${tableName}__status__order_idx`
        table.indexes = { ...table.indexes, [name]: { name, on: ['_status', '_order'] } }
      }
    }
    return schema
  }
  return {
    ...db,
    init: (args) => {
      const adapter = db.init(args)
      const hooks = (adapter as unknown as SchemaHookAdapter).beforeSchemaInit
      if (Array.isArray(hooks)) {
        ;(adapter as unknown as SchemaHookAdapter).beforeSchemaInit = [...hooks, addIndexes]
      }
      return adapter
    },
  }
}
