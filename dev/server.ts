import type { Server } from 'node:http'

import { getPayload } from 'payload'

import { createAdminHandler } from './adminHandler.js'
import { createApp } from './createApp.js'

/**
 * `npm run dev`: boots Payload (seeding on first start) and serves it on PORT (default 3000).
 */
// Payload (3.90) can leave a refused query path as a promise nobody awaits (see the README's
// "Payload behaviour the plugin works around"); Node would end the process on it. The request
// itself has already been answered, so the rejection is logged and the server stays up.
process.on('unhandledRejection', (reason) => {
  process.stderr.write(
    `${JSON.stringify({ level: 50, msg: `unhandled rejection: ${(reason as Error)?.message ?? String(reason)}`, stack: (reason as Error)?.stack, time: Date.now() })}
`,
  )
})

const config = await import('./payload.config.js').then((module) => module.default)
// `cron` starts the job queue configured in `jobs.autoRun`.
const payload = await getPayload({ config, cron: true })
const port = Number(process.env.PORT ?? 3000)

const app = createApp(payload.config, {
  fallthrough: [await createAdminHandler({ dev: process.env.NODE_ENV !== 'production' })],
})

const server: Server = app.listen(port, () => {
  // PORT=0 asks for any free port; the line below says which one was given.
  const address = server.address()
  const base = `http://localhost:${typeof address === 'object' && address ? address.port : port}`
  payload.logger.info(
    `Ready: admin ${base}${payload.config.routes.admin} · REST ${base}${payload.config.routes.api} · GraphQL ${base}${payload.config.routes.api}${payload.config.routes.graphQL}`,
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
