/**
 * A first-come, first-served lock for `slots` holders at a time (one writer by default), with a
 * bounded wait: `acquire` resolves to the function that releases it, or rejects with `timedOut()`
 * after `waitMs` (never, when it is `Infinity`).
 */
export const writeQueue = (waitMs: number, timedOut: () => Error, slots = 1) => {
  let held = 0
  const waiting: { grant: () => void }[] = []

  const release = () => {
    const next = waiting.shift()
    if (next) {
      next.grant()
    } else {
      held--
    }
  }

  const acquire = (): Promise<() => void> => {
    if (held < slots) {
      held++
      return Promise.resolve(once(release))
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(timer)
          resolve(once(release))
        },
      }
      const timer = Number.isFinite(waitMs)
        ? setTimeout(() => {
            waiting.splice(waiting.indexOf(entry), 1)
            reject(timedOut())
          }, waitMs)
        : undefined
      waiting.push(entry)
    })
  }

  return { acquire }
}

const once = (release: () => void) => {
  let released = false
  return () => {
    if (!released) {
      released = true
      release()
    }
  }
}
