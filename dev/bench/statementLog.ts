/**
 * Counts the SQL statements the database adapter runs, through Drizzle's query logger.
 */
export type StatementLog = {
  /**
   * The logger to give the adapter (`databaseAdapter(uri, { logger })`).
   */
  logger: { logQuery: (query: string, params: unknown[]) => void }
  /**
   * Runs `action` and returns the statements run meanwhile. Only meaningful when nothing else
   * runs at the same time: the bench issues these requests one by one.
   */
  during: <T>(action: () => Promise<T>) => Promise<{ result: T; statements: string[] }>
}

export const createStatementLog = (): StatementLog => {
  let recording: null | string[] = null
  return {
    during: async (action) => {
      const statements: string[] = []
      recording = statements
      try {
        return { result: await action(), statements }
      } finally {
        recording = null
      }
    },
    logger: {
      logQuery: (query) => {
        recording?.push(query)
      },
    },
  }
}
