import type { SmpAccessCheck } from './types.js'

/**
 * Runs an access check once per request and user: a list of fifty documents asks "may this
 * reader edit?" hundreds of times (collection access, field access, hooks), and a host's check may
 * hit the database. The answer is recomputed if the request's user changes, as on login.
 */
export const oncePerRequest = (check: SmpAccessCheck): SmpAccessCheck => {
  const answers = new WeakMap<object, { result: Promise<boolean>; user: unknown }>()
  return ({ req }) => {
    const known = answers.get(req)
    if (known && known.user === req.user) {
      return known.result
    }
    const result = Promise.resolve(check({ req })).then(Boolean)
    answers.set(req, { result, user: req.user })
    return result
  }
}
