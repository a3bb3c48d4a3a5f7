import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets the admin's development bundles load when it is opened as 127.0.0.1 as well as localhost.
  allowedDevOrigins: ['127.0.0.1'],
  experimental: {
    // Unmatched addresses get app/global-not-found.tsx: with two root layouts and none above them,
    // Next's own 404 is an empty error shell without a language.
    globalNotFound: true,
    // Pages rendered after the build, and the data cache, are kept in memory (a bounded LRU,
    // `cacheMaxMemorySize`) rather than written under .next: a page for every slug anyone asks
    // for, found or not, would otherwise grow the disk without end. What the build prerendered is
    // still read from disk.
    isrFlushToDisk: false,
  },
  // The results page is static; with a filter in its query string it is served by a page rendered
  // per request, as its combinations are open-ended (the address in the browser stays the same).
  // So are later pages of the testimonials.
  rewrites: async () => ({
    beforeFiles: [
      ...['treatment', 'stage'].map((key) => ({
        destination: '/results-filtered',
        has: [{ key, type: 'query' }],
        source: '/results',
      })),
      {
        destination: '/testimonials-paged',
        has: [{ key: 'page', type: 'query' }],
        source: '/testimonials',
      },
    ],
  }),
  serverExternalPackages: ['mongodb-memory-server'],
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })
const payloadHeaders = config.headers

/**
 * `withPayload` asks for the colour-scheme client hint (`Accept-CH`, `Critical-CH`) on every path,
 * which makes a browser's first visit to any page of the site start again with the hint (a
 * wasted round trip). Only the admin reads it, so only the admin's paths ask for it.
 */
config.headers = async () =>
  (await payloadHeaders()).flatMap((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
      ? ['/admin', '/admin/:path*'].map((source) => ({ ...rule, source }))
      : [rule],
  )

export default config
