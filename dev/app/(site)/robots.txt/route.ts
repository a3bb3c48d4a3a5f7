import { siteOrigin } from '../_lib/site.js'

/**
 * Everything public may be crawled; the admin, the API and the site's own endpoints may not.
 */
export const GET = () =>
  new Response(
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
