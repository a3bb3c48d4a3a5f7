import type { SanitizedSmpClinicOptions } from '../options/types.js'

/**
 * The lifetime an answer sets for itself in its `Cache-Control` (the next-change endpoint does),
 * in seconds, if any.
 */
export type OwnLifetime = { fresh?: number; stale?: number }

export const ownLifetime = (cacheControl: null | string): OwnLifetime => {
  const fresh = /max-age=(\d+)/.exec(cacheControl ?? '')?.[1]
  const stale = /stale-while-revalidate=(\d+)/.exec(cacheControl ?? '')?.[1]
  return {
    fresh: fresh === undefined ? undefined : Number(fresh),
    stale: stale === undefined ? undefined : Number(stale),
  }
}

/**
 * `Cache-Control` for an anonymous answer read at `now`: the configured lifetimes, cut short so no
 * cache keeps it (fresh, then stale) past `end`, the next instant anything public changes on its
 * own, nor past `frontend.nextChangeWithin` (an instant further ahead, a revocation dated next
 * month, is not told by the lifetime either). An answer's own shorter lifetime is kept.
 */
export const publicCacheControl = (
  cache: { maxAge: number; staleWhileRevalidate: number },
  frontend: Pick<SanitizedSmpClinicOptions['frontend'], 'nextChangeWithin'>,
  end: Date | undefined,
  now: Date,
  own: OwnLifetime = {},
): string => {
  // Whole seconds left before something public turns private.
  const left = end ? Math.max(0, Math.floor((end.getTime() - now.getTime()) / 1000)) : Infinity
  const bound = left > frontend.nextChangeWithin ? frontend.nextChangeWithin : left
  const fresh = Math.min(cache.maxAge, bound, own.fresh ?? Infinity)
  const stale = Math.min(
    cache.staleWhileRevalidate,
    bound - fresh,
    own.fresh === undefined ? Infinity : (own.stale ?? 0),
  )
  return fresh > 0
    ? `public, max-age=${fresh}${stale > 0 ? `, stale-while-revalidate=${stale}` : ''}`
    : 'public, no-cache'
}

/**
 * Whether an `If-None-Match` header names this entity tag (`*`, one tag, or a list; weak tags
 * compare by their value, as RFC 9110 asks for `GET`).
 */
export const matchesETag = (header: null | string | undefined, etag: string) =>
  typeof header === 'string' &&
  (header.trim() === '*' ||
    header
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .includes(etag))

/**
 * The headers a chain's `visitorTenant` reads: its answers vary by them too.
 */
export const tenantVary = (options: SanitizedSmpClinicOptions | undefined): string[] =>
  options?.tenancy ? options.tenancy.visitorHeaders : []

/**
 * The headers every anonymous answer varies by, added to its own `Vary`.
 */
export const withVary = (vary: null | string, ...more: string[]): string => {
  const names = new Set(
    (vary ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  )
  for (const name of ['Origin', 'Authorization', 'Cookie', ...more]) {
    names.add(name)
  }
  return [...names].join(', ')
}
