import { buildDevConfig } from './buildDevConfig.js'
import { fileClock } from './fileClock.js'
import { redisClient } from './redisClient.js'

/**
 * The frontends that call the API from a browser, comma-separated in FRONTEND_URL. The first is
 * where live preview shows drafts.
 */
const frontends = (process.env.FRONTEND_URL ?? '')
  .split(',')
  .map((url) => url.trim().replace(/\/$/, ''))
  .filter(Boolean)
// Without FRONTEND_URL, live preview opens the reference site this server serves at `/`, through
// the draft-mode entry that checks the preview secret and the editor's session.
const ownSite = process.env.SERVER_URL?.replace(/\/$/, '')
const preview =
  frontends[0] ??
  (ownSite && process.env.PREVIEW_SECRET
    ? `${ownSite}/next/preview?secret=${process.env.PREVIEW_SECRET}&path=`
    : undefined)

// SQLite and Postgres build their schema from the committed migrations, as a production host
// would; MongoDB needs none.
export default buildDevConfig({
  autoRunJobs: true,
  migrations: true,
  plugin: {
    clock: fileClock(),
    // Their origins; the plugin says which value is not a URL.
    frontend: {
      origins: frontends.map((url) => (URL.canParse(url) ? new URL(url).origin : url)),
      // Anonymous reads from memory. REDIS_URL shares invalidation between app servers (every
      // instance of one site gives the same REDIS_KEY_PREFIX); RESPONSE_CACHE=off turns it off.
      responseCache:
        process.env.RESPONSE_CACHE === 'off'
          ? false
          : {
              redis: process.env.REDIS_URL ? redisClient(process.env.REDIS_URL) : undefined,
              redisKeyPrefix: process.env.REDIS_KEY_PREFIX || undefined,
            },
    },
    webhooks: {
      endpoints: process.env.WEBHOOK_URL
        ? [{ secret: process.env.WEBHOOK_SECRET ?? '', url: process.env.WEBHOOK_URL }]
        : [],
    },
    // The public site (SITE_URL, else the first frontend, else the reference site this server
    // serves at `/`): canonical URLs and JSON-LD `@id`s are absolute under it.
    // The site's page paths are named here, not derived from the live preview URLs, which may be
    // the draft-mode entry with its secret.
    site: {
      organization: { name: process.env.SITE_NAME || 'SMP Clinic' },
      paths: {
        articles: '/articles/{slug}',
        beforeAfterGalleries: '/results/{slug}',
        faqs: '/faq',
        practitioners: '/practitioners/{slug}',
      },
      url: process.env.SITE_URL?.replace(/\/$/, '') || frontends[0] || ownSite || undefined,
    },
    ...(preview
      ? {
          admin: {
            livePreview: {
              urls: {
                articles: `${preview}/articles/{slug}`,
                beforeAfterGalleries: `${preview}/results/{slug}`,
                practitioners: `${preview}/practitioners/{slug}`,
              },
            },
          },
        }
      : {}),
  },
})
