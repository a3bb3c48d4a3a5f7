import type { FieldHook } from 'payload'

/**
 * The longest web address accepted: far beyond any real link, short of a payload.
 */
export const maxUrlLength = 2048

/**
 * Accepts empty values (use `required` for presence) and absolute http(s) URLs written out in full
 * (`https://host/…`: not `https:host` or `http:/\host`, which browsers read in surprising ways),
 * without a user name or password, of at most 2048 characters. With `normalizeUrl` storing each
 * in its normalized form (quotes, spaces and angle brackets percent-encoded), links served to
 * frontends can be put in an attribute without further checks.
 */
export const validateUrl = (value: null | string | undefined): string | true => {
  if (!value) {
    return true
  }
  const advice =
    'Enter a full web address starting with https:// (for example https://clinic.example/book).'
  if (value.length > maxUrlLength) {
    return `Web addresses may be at most ${maxUrlLength} characters.`
  }
  if (!/^https?:\/\/[^/\\\s]/i.test(value.trim())) {
    return advice
  }
  try {
    const url = new URL(value.trim())
    if (url.username || url.password) {
      return 'Leave the user name and password out of the web address.'
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? true : advice
  } catch {
    return advice
  }
}

/**
 * Stores a URL as the URL parser writes it, so what reaches a frontend is normalized.
 */
export const normalizeUrl: FieldHook = ({ value }) =>
  typeof value === 'string' && value && validateUrl(value) === true
    ? new URL(value.trim()).href
    : value
