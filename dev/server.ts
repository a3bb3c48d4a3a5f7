import type { Server } from 'node:http'

import { getPayload } from 'payload'

import { createApp } from './createApp.js'

/**
 * `npm run dev`: boots Payload (seeding on first start) and serves it on PORT (default 3000).
 */
const config = await import('./payload.config.js').then((module) => module.default)
// `cron` starts the job queue configured in `jobs.autoRun`.
const payload = await getPayload({ config, cron: true })
const port = Number(process.env.PORT ?? 3000)

const server: Server = createApp(payload.config).listen(port, () => {
  const base = `http://localhost:${port}`
  payload.logger.info(
    `Ready: REST ${base}${payload.config.routes.api} · GraphQL ${base}${payload.config.routes.api}${payload.config.routes.graphQL}`,
  )
})

const shutdown = (signal: string) => {
  payload.logger.info(`${signal} received, closing`)
  server.close(async () => {
    await payload.destroy()
    process.exit(0)
  })
  // Keep-alive connections would hold close() open forever.
  server.closeAllConnections()
}
process.once('SIGINT', () => shutdown('SIGINT'))
process.once('SIGTERM', () => shutdown('SIGTERM'))
