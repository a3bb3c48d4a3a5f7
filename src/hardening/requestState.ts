/**
 * Everything the plugin remembers for the length of one request, in one place: each module names
 * its part (`requestState('search.readableIds', () => new Map())`) and gets it back for any
 * request, created on first use. It is kept beside the request object, not in `req.context`
 * (every Local API call made with the request replaces that object with a copy), and goes when
 * the request does: nothing here outlives it.
 */
const states = new WeakMap<object, Map<string, unknown>>()

/**
 * One module's state for a request, under `name`, made by `create` the first time it is asked.
 */
export const requestState =
  <T>(name: string, create: () => T) =>
  (req: object): T => {
    let all = states.get(req)
    if (!all) {
      all = new Map()
      states.set(req, all)
    }
    if (!all.has(name)) {
      all.set(name, create())
    }
    return all.get(name) as T
  }

/**
 * The names of the state a request carries now, for tests and debugging.
 */
export const requestStateNames = (req: object): string[] => [...(states.get(req)?.keys() ?? [])]
