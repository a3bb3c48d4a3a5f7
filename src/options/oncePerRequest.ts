import type { SmpAccessCheck } from './types.js'

import { requestState } from '../hardening/requestState.js'

/**
 * Each wrapped check keeps its own answers (the editors' check and the consent managers').
 */
let checks = 0

/**
 * Runs an access check once per request and user: a list of fifty documents asks "may this
 * reader edit?" hundreds of times (collection access, field access, hooks), and a host's check may
 * hit the database. The answer is recomputed if the request's user changes, as on login.
 */
export const oncePerRequest = (check: SmpAccessCheck): SmpAccessCheck => {
  const answer = requestState(`access.check.${++checks}`, () => ({
    result: undefined as Promise<boolean> | undefined,
    user: undefined as unknown,
  }))
  return ({ req }) => {
    const known = answer(req)
    if (known.result && known.user === req.user) {
      return known.result
    }
    known.result = Promise.resolve(check({ req })).then(Boolean)
    known.user = req.user
    return known.result
  }
}
