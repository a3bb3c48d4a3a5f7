import { timingSafeEqual } from 'node:crypto'

import { cookies, draftMode } from 'next/headers.js'

import { apiOrigin } from '../../_lib/site.js'

const sameSecret = (given: null | string, expected: string) => {
  if (given === null) {
    return false
  }
  const [a, b] = [Buffer.from(given), Buffer.from(expected)]
  return a.length === b.length && timingSafeEqual(a, b)
}

const base = 'http://site.invalid'

const otherBase = 'http://elsewhere.invalid'

/**
 * The page to open, as a path on this site, or null. It is read as a browser would read it (tabs
 * and line breaks dropped, backslashes as slashes), so what it names is what the browser will
 * open: `//evil.example`, `/\tab/evil.example` and the like name another origin and are refused.
 * The check is made on what is sent too: resolving dot segments can turn `/.//evil.example` into
 * `//evil.example`, which a browser reads as another host, so the resolved path must itself stay
 * on whichever site it is read from.
 */
const sitePath = (value: null | string): null | string => {
  if (!value?.startsWith('/')) {
    return null
  }
  try {
    const url = new URL(value, base)
    if (url.origin !== base) {
      return null
    }
    const path = `${url.pathname}${url.search}${url.hash}`
    return new URL(path, otherBase).origin === otherBase && !/^[/\\]{2}/.test(path) ? path : null
  } catch {
    return null
  }
}

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
  const path = sitePath(url.searchParams.get('path'))
  if (!path) {
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
