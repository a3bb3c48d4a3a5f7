import { connection } from 'next/server.js'

import { fetchFromApi } from '../_lib/request.js'
import { siteOrigin } from '../_lib/site.js'
import { collectionTags, siteTag } from '../_lib/tags.js'

// Written per request from the tagged data cache (no CMS call until a webhook expires a tag). Not
// kept as a static response: Next 16.4 caches the 405 a POST gets after an expiry as the route's
// response, so one stray POST made the sitemap answer 405 to every GET until the next build.

type Entry = { lastModified: null | string; path: string }

const xmlText = (value: string) => value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * The site's sitemap, from the plugin's list of every page a visitor can open right now; the paths
 * are made absolute under the site's own address, so it needs no `site.url` in the CMS.
 */
export const GET = async () => {
  await connection()
  const response = await fetchFromApi('/api/smp-clinic/sitemap', {
    cache: 'force-cache',
    next: { tags: [siteTag, ...Object.values(collectionTags)] },
  })
  if (!response.ok) {
    return new Response('The sitemap is unavailable; try again shortly.', {
      headers: { 'retry-after': '30' },
      status: 503,
    })
  }
  const { entries } = (await response.json()) as { entries: Entry[] }
  const origin = siteOrigin()
  const urls = [
    { lastModified: null, path: '/' },
    { lastModified: null, path: '/results' },
    { lastModified: null, path: '/testimonials' },
    ...entries,
  ]
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      (entry) =>
        `<url><loc>${xmlText(`${origin}${entry.path}`)}</loc>${entry.lastModified ? `<lastmod>${xmlText(entry.lastModified)}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n')
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
