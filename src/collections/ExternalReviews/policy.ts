import type {
  SanitizedExternalReviewsOptions,
  SmpReviewPlatformPolicy,
} from '../../options/types.js'

export type ExternalReviewKind = 'profile' | 'review'

/**
 * The policy of platform `key`, when it is one of the configured platforms (never a property
 * every object has, such as `constructor`).
 */
export const policyOf = (
  settings: SanitizedExternalReviewsOptions,
  key: unknown,
): (SmpReviewPlatformPolicy & { labelSelections: boolean }) | undefined =>
  typeof key === 'string' && Object.hasOwn(settings.platforms, key)
    ? settings.platforms[key]
    : undefined

/**
 * A link back to the platform, as it is stored and compared: `href` is the address in the URL
 * standard's spelling (what the site links to), `key` what makes two links the same page: the
 * platform's host (any subdomain, `www.` or a country's, is the same site), the path decoded,
 * without `;` parameters or a trailing slash, in lower case; a review's query (tracking
 * parameters) is left out, a profile's (the place id) kept with its parameters in order.
 */
export type PlatformLink = { href: string; key: string }

const decoded = (path: string) => {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/**
 * `url` as a link to the platform, or null when it is not one: an absolute `https://` address
 * written out in full (a browser resolves `https:trustpilot.com/…` against the page it is on),
 * with no user name, password, port or spaces, on one of the platform's hosts or a subdomain.
 */
export const platformLink = (
  url: unknown,
  hosts: string[],
  { keepQuery = false }: { keepQuery?: boolean } = {},
): null | PlatformLink => {
  if (typeof url !== 'string' || !/^https:\/\/[^\s/?#\\@]+\//i.test(url) || /[\s\\]/.test(url)) {
    return null
  }
  if (!URL.canParse(url)) {
    return null
  }
  const parsed = new URL(url)
  const { hostname } = parsed
  const host = hosts.find((each) => hostname === each || hostname.endsWith(`.${each}`))
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port || !host) {
    return null
  }
  parsed.hash = ''
  // Segment by segment: `;` parameters first, then escapes (a bad escape spoils only its own).
  const path = parsed.pathname
    .split('/')
    .map((segment) => decoded(segment.replace(/;.*$/, '')))
    .join('/')
    .replace(/\/+$/, '')
  const query = keepQuery
    ? [...parsed.searchParams].sort(([a], [b]) => a.localeCompare(b)).map((pair) => pair.join('='))
    : []
  return {
    href: parsed.href,
    key: `${host}${path}${query.length ? `?${query.join('&')}` : ''}`.toLowerCase(),
  }
}

const datePattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * A date as export files write it, in ISO 8601 form (`2026-03-02`, `2026-03-02T10:15:00Z`, or
 * Trustpilot's `2026-03-02 10:15:00`, in UTC), as the instant it names; null for anything else,
 * including days that do not exist (`2024-02-30`) and the loose forms `Date.parse` guesses at.
 */
export const exportDate = (text: string | undefined): null | string => {
  const match = datePattern.exec(text?.trim() ?? '')
  if (!match) {
    return null
  }
  const [, year, month, day, hour = '0', minute = '0', second = '0', zone = 'Z'] = match
  const utc = Date.UTC(+year!, +month! - 1, +day!, +hour, +minute, +second)
  const date = new Date(utc)
  if (
    date.getUTCFullYear() !== +year! ||
    date.getUTCMonth() !== +month! - 1 ||
    date.getUTCDate() !== +day! ||
    +hour > 23 ||
    +minute > 59 ||
    +second > 59
  ) {
    return null
  }
  if (zone !== 'Z' && (+zone.slice(1, 3) > 14 || +zone.slice(-2) > 59)) {
    return null
  }
  const offset =
    zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2))
  return new Date(utc - offset * 60_000).toISOString()
}

/**
 * The fields an import sets and nobody changes afterwards: a review is kept as it was posted.
 */
export const postedFields = [
  'platform',
  'kind',
  'author',
  'rating',
  'title',
  'text',
  'reviewedAt',
  'url',
  'profileId',
] as const
