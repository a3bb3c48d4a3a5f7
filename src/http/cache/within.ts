/**
 * Fails a Redis command that takes longer than `ms` (a Redis that stopped answering without
 * closing its connection: a stalled host, a dropped route), so a read is answered uncached
 * instead of waiting for the connection to give up.
 */
export const within = <T>(ms: number, command: Promise<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms.`)), ms)
    command.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
