import { siteTag } from './app/(site)/_lib/tags.js'
import { signatureFor, signatureHeader } from '../src/internal.js'

/**
 * Expires everything the reference site keeps (its site-wide cache tag) through the site's own
 * webhook route, before the server takes requests. Pages prerendered by `next build` were read from
 * whichever CMS answered during the build, under that CMS's address, and changes made while the
 * server was down reached no webhook; after this, each page is rendered once more on its first
 * request and then kept until a webhook expires it.
 */
export const expireSiteCache = async (origin: string, secret: string): Promise<void> => {
  const body = JSON.stringify({ tags: [siteTag] })
  const response = await fetch(`${origin}/next/revalidate`, {
    body,
    headers: {
      'content-type': 'application/json',
      [signatureHeader]: signatureFor(secret, body, new Date()),
    },
    method: 'POST',
  })
  if (!response.ok) {
    throw new Error(
      `The site refused to expire its cache: ${response.status} ${await response.text()}`,
    )
  }
}
