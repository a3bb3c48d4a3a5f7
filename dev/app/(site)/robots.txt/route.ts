import { connection } from 'next/server.js'

import { siteOrigin } from '../_lib/site.js'

/**
 * Everything public may be crawled; the admin, the API and the site's own endpoints may not. The
 * address is the running server's, not the build's, so it is written per request (it reads
 * nothing from the CMS).
 */
export const GET = async () => {
  await connection()
  return new Response(
    [
      'User-agent: *',
      'Allow: /',
      'Disallow: /admin',
      'Disallow: /api',
      'Disallow: /next/',
      `Sitemap: ${siteOrigin()}/sitemap.xml`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  )
}
