import { connection } from 'next/server.js'

import { siteOrigin } from '../_lib/site.js'

/**
 * Everything public may be crawled; the admin, the API and the site's own endpoints may not,
 * except the image files the pages show (heroes, portraits, sharing images: the longest matching
 * rule wins). A client's photo is crawlable too, so that a crawler sees the
 * `X-Robots-Tag: noindex, noimageindex` it is served with: a file it may not fetch could still be
 * indexed from links to it. The address is the running server's, not the build's, so it is
 * written per request (it reads nothing from the CMS).
 */
export const GET = async () => {
  await connection()
  return new Response(
    [
      'User-agent: *',
      'Allow: /',
      'Disallow: /admin',
      'Allow: /api/media/file/',
      'Disallow: /api',
      'Disallow: /next/',
      `Sitemap: ${siteOrigin()}/sitemap.xml`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  )
}
