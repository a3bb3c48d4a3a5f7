/**
 * A date the database can store and give back: Payload writes what `new Date` makes of the value
 * and fails to read back one outside the ISO 8601 range of years 1 to 9999.
 */
export const isStorableDate = (value: unknown): boolean => {
  if (typeof value !== 'string' && !(value instanceof Date)) {
    return false
  }
  const date = new Date(value)
  const year = date.getUTCFullYear()
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999
}
