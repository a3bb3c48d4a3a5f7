/**
 * Whether every percent-escape in a path decodes (`/articles/%ff` does not). Next answers such a
 * path with a 500 wherever a route reads its segments; the dev server answers it first.
 */
export const pathDecodes = (path: string): boolean => {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}
