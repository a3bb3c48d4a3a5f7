/**
 * A first-come, first-served lock for one writer at a time, with a bounded wait: `acquire`
 * resolves to the function that releases it, or rejects with `timedOut()` after `waitMs`.
 */
export const writeQueue = (waitMs: number, timedOut: () => Error) => {
  let held = false
  const waiting: { grant: () => void }[] = []

  const release = () => {
    const next = waiting.shift()
    if (next) {
      next.grant()
    } else {
      held = false
    }
  }

  const acquire = (): Promise<() => void> => {
    if (!held) {
      held = true
      return Promise.resolve(once(release))
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(timer)
          resolve(once(release))
        },
      }
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(entry), 1)
        reject(timedOut())
      }, waitMs)
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
