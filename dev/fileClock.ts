import { readFileSync } from 'node:fs'
import { _internal_jobSystemGlobals } from 'payload'

/**
 * Development only: `SMP_CLOCK_FILE` names a file holding how many milliseconds this process's
 * clock runs ahead of the real time (a missing or empty file: none). It is read on every call, so
 * a test moves the clocks of several server processes at once by rewriting one file, and reaches
 * a consent's end without sleeping. The same clock drives the plugin's decisions and Payload's
 * job queue (when scheduled and retried jobs are due), so the two never disagree.
 *
 * Returns the clock for the plugin's `clock` option, or undefined when the variable is unset.
 */
export const fileClock = (
  file: string | undefined = process.env.SMP_CLOCK_FILE || undefined,
): (() => Date) | undefined => {
  if (!file) {
    return undefined
  }
  // A clock anyone with write access to a file can move would decide when consents end.
  if (process.env.NODE_ENV === 'production') {
    throw new Error('SMP_CLOCK_FILE is for tests; unset it when NODE_ENV=production.')
  }
  const now = () => {
    let offset = 0
    try {
      offset = Number(readFileSync(file, 'utf8').trim() || 0)
    } catch {
      // No file yet: the real time.
    }
    return new Date(Date.now() + (Number.isFinite(offset) ? offset : 0))
  }
  _internal_jobSystemGlobals.getCurrentDate = now
  return now
}
