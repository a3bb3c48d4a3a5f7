import { buildDevConfig } from './buildDevConfig.js'

/**
 * The frontend a host would preview drafts on. Set FRONTEND_URL to try live preview in the dev app.
 */
const frontend = process.env.FRONTEND_URL?.replace(/\/$/, '')

// SQLite and Postgres build their schema from the committed migrations, as a production host
// would; MongoDB needs none.
export default buildDevConfig({
  autoRunJobs: true,
  migrations: true,
  plugin: frontend
    ? {
        admin: {
          livePreview: {
            urls: {
              articles: `${frontend}/articles/{slug}`,
              beforeAfterGalleries: `${frontend}/results/{slug}`,
              practitioners: `${frontend}/practitioners/{slug}`,
            },
          },
        },
      }
    : {},
})
