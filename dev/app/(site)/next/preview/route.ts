import { timingSafeEqual } from 'node:crypto'

import { cookies, draftMode } from 'next/headers.js'

import { apiOrigin } from '../../_lib/site.js'

const sameSecret = (given: null | string, expected: string) =>
  given !== null &&
  given.length === expected.length &&
  timingSafeEqual(Buffer.from(given), Buffer.from(expected))

/**
 * Live preview's entry (`/next/preview?secret=…&path=/articles/…`): turns draft mode on for an
 * editor logged in to the admin, then opens the page. Without the secret, or without an editor's
 * session the API accepts, the public never gets draft mode; and in draft mode the pages send the
 * editor's own token, so the API still decides what is shown.
 */
export const GET = async (request: Request): Promise<Response> => {
  const url = new URL(request.url)
  const secret = process.env.PREVIEW_SECRET ?? ''
  if (!secret || !sameSecret(url.searchParams.get('secret'), secret)) {
    return new Response('Wrong preview secret', { status: 401 })
  }
  const path = url.searchParams.get('path') ?? ''
  // A path on this site only: never another origin (`//evil.example`).
  if (!/^\/(?![/\\])/.test(path)) {
    return new Response('path must be a path on this site', { status: 400 })
  }
  const token = (await cookies()).get('payload-token')?.value
  const me = token
    ? ((await fetch(`${apiOrigin()}/api/users/me`, {
        cache: 'no-store',
        headers: { authorization: `JWT ${token}` },
      }).then((response) => (response.ok ? response.json() : null))) as { user?: unknown } | null)
    : null
  if (!me?.user) {
    return new Response('Log in to the admin to preview drafts', { status: 403 })
  }
  ;(await draftMode()).enable()
  return new Response(null, { headers: { location: path }, status: 307 })
}
