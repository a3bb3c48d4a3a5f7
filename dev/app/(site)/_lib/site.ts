/**
 * Where the site reads its content and what it calls itself. The site is a separate frontend that
 * happens to share the dev server's process: it knows the CMS by URL only.
 */

/**
 * The CMS whose GraphQL API the site reads: `SITE_API_ORIGIN`, else this server's own address.
 */
export const apiOrigin = (): string =>
  (
    process.env.SITE_API_ORIGIN ||
    process.env.SERVER_URL ||
    `http://localhost:${process.env.PORT ?? 3000}`
  ).replace(/\/$/, '')

/**
 * The site's own public address, for absolute links in robots.txt and the sitemap.
 */
export const siteOrigin = (): string =>
  (process.env.SITE_URL || process.env.SERVER_URL || apiOrigin()).replace(/\/$/, '')

export const siteName = process.env.SITE_NAME || 'SMP Clinic'
