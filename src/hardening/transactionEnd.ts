import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

/**
 * What runs once a transaction has ended: `committed` is false when it was rolled back or its
 * commit failed.
 */
export type TransactionEndCallback = (committed: boolean) => Promise<void> | void

type Id = number | string

const registries = new WeakMap<object, Map<Id, TransactionEndCallback[]>>()

const run = async (
  adapter: BaseDatabaseAdapter,
  callbacks: TransactionEndCallback[] | undefined,
  committed: boolean,
) => {
  for (const callback of callbacks ?? []) {
    try {
      await callback(committed)
    } catch (error) {
      adapter.payload.logger.error({ err: error, msg: 'after a transaction ended' })
    }
  }
}

/**
 * Lets work wait for the end of the transaction it joined (`onTransactionEnd`): the adapter's
 * commit and rollback run the callbacks registered for the transaction once it has ended.
 * Payload has no hook after a commit; `afterChange` and `afterOperation` run before it.
 */
export const reportTransactionEnds = (adapter: BaseDatabaseAdapter): void => {
  if (registries.has(adapter)) {
    return
  }
  const registry = new Map<Id, TransactionEndCallback[]>()
  registries.set(adapter, registry)
  /**
   * The callbacks waiting for a transaction, taken out of the registry as it ends.
   */
  const waiting = async (incoming: unknown) => {
    const id = (await incoming) as Id | null | undefined
    const callbacks = id === null || id === undefined ? undefined : registry.get(id)
    registry.delete(id!)
    return callbacks
  }
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  adapter.commitTransaction = async (incoming) => {
    const callbacks = await waiting(incoming)
    try {
      await commit(incoming)
    } catch (error) {
      await run(adapter, callbacks, false)
      throw error
    }
    await run(adapter, callbacks, true)
  }
  adapter.rollbackTransaction = async (incoming) => {
    const callbacks = await waiting(incoming)
    try {
      await rollback(incoming)
    } finally {
      await run(adapter, callbacks, false)
    }
  }
}

/**
 * Runs `callback` once the request's transaction has ended. Returns false, and registers
 * nothing, when the request is in no transaction (its writes are already final) or the adapter
 * does not report its transactions' ends.
 */
export const onTransactionEnd = async (
  req: PayloadRequest,
  callback: TransactionEndCallback,
): Promise<boolean> => {
  const registry = registries.get(req.payload.db)
  const id = (await req.transactionID) as Id | null | undefined
  if (!registry || id === null || id === undefined) {
    return false
  }
  const callbacks = registry.get(id) ?? []
  callbacks.push(callback)
  registry.set(id, callbacks)
  return true
}
