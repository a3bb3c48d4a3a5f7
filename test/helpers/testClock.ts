/**
 * A clock the tests move by hand, handed to the plugin as its `clock` option: consent dates are
 * reached by advancing it, never by sleeping.
 */
export type TestClock = {
  advance: (ms: number) => void
  now: () => Date
  /**
   * Back to following the real time.
   */
  reset: () => void
  set: (date: Date | string) => void
}

export const testClock = (): TestClock => {
  let offset = 0
  return {
    advance: (ms) => {
      offset += ms
    },
    now: () => new Date(Date.now() + offset),
    reset: () => {
      offset = 0
    },
    set: (date) => {
      offset = new Date(date).getTime() - Date.now()
    },
  }
}
