/**
 * The id behind a relationship value, whether it arrives as an id or as a populated document.
 * Ids stay as they are (number on SQL databases, string on MongoDB).
 */
export const relationId = (value: unknown): null | number | string => {
  if (value === null || value === undefined || value === '') {
    return null
  }
  if (typeof value === 'object') {
    const id = (value as { id?: number | string }).id
    return id ?? null
  }
  return value as number | string
}
