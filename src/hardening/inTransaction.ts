import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

/**
 * Runs `work` as one transaction on `req`: committed when it returns, rolled back when it throws.
 * When the request is already in a transaction, `work` joins it and the owner decides.
 */
export const inTransaction = async <Result>(
  req: PayloadRequest,
  work: () => Promise<Result>,
): Promise<Result> => {
  const ownsTransaction = await initTransaction(req)
  try {
    const result = await work()
    if (ownsTransaction) {
      await commitTransaction(req)
    }
    return result
  } catch (error) {
    if (ownsTransaction) {
      await killTransaction(req)
    }
    throw error
  }
}
