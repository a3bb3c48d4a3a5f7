import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

import { getPayload } from 'payload'

import { closeGracefully } from '../src/index.js'

import { createAdminHandler } from './adminHandler.js'
import { createApp } from './createApp.js'
import { expireSiteCache } from './expireSiteCache.js'

/**
 * `npm run dev`: boots Payload (seeding on first start) and serves it on PORT (default 3000).
 * `API_ONLY=true` serves the REST and GraphQL API without the admin panel: Next's development
 * server allows one process per folder, so further instances from the same checkout (the
 * multi-instance test) serve the API alone, through the same express app and Payload handlers.
 */
// Payload (3.90) can leave a refused query path as a promise nobody awaits (see docs/PAYLOAD.md,
// "Payload behaviour the plugin works around"); Node would end the process on it. The request
// itself has already been answered, so the rejection is logged and the server stays up.
process.on('unhandledRejection', (reason) => {
  process.stderr.write(
    `${JSON.stringify({ level: 50, msg: `unhandled rejection: ${(reason as Error)?.message ?? String(reason)}`, stack: (reason as Error)?.stack, time: Date.now() })}
`,
  )
})

const port = Number(process.env.PORT ?? 3000)

// The port is taken first (PORT=0 asks for any free one), so the server's own URL is known before
// Payload starts: every URL in a response is absolute (`serverURL`), and Payload trusts the
// admin's cookie from that origin only.
/**
 * Whether a request is for the site's webhook route, its path read as Next will read it (so
 * `/next/revalidate/../` is not).
 */
const isSiteWebhook = (req: IncomingMessage) => {
  try {
    return new URL(req.url ?? '', 'http://server.invalid').pathname === '/next/revalidate'
  } catch {
    return false
  }
}
let dropsOwnWebhooks = false
const answerStarting = (req: IncomingMessage, res: ServerResponse) => {
  // A webhook for this process's own site, sent while Payload starts (seeding sends some), is
  // acknowledged and dropped: the site's whole cache is expired below before it serves a page.
  if (dropsOwnWebhooks && req.method === 'POST' && isSiteWebhook(req)) {
    res.writeHead(202, { 'content-type': 'text/plain' })
    res.end('Starting: the site expires its whole cache before it serves a page.')
    return
  }
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' })
  res.end(JSON.stringify({ errors: [{ message: 'Starting; try again in a moment.' }] }))
}
const server: Server = createServer(answerStarting)
// Idle keep-alive sockets outlive any client's own idle timeout (Node's fetch keeps them 4 s):
// a server that closes first can do so just as a client reuses the socket, which the client
// sees as a reset connection.
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000
await new Promise<void>((resolve) => server.listen(port, resolve))
const address = server.address()
process.env.SERVER_URL ||= `http://localhost:${typeof address === 'object' && address ? address.port : port}`

const apiOnly = process.env.API_ONLY === 'true'
// Without SITE_URL the site writes this server's own address into canonical URLs, the sitemap,
// robots.txt and every JSON-LD id: right for a trial, wrong for search engines in production.
if (process.env.NODE_ENV === 'production' && !apiOnly && !process.env.SITE_URL) {
  process.stderr.write(
    [
      '',
      '!'.repeat(78),
      `SITE_URL is not set: canonical URLs, the sitemap, robots.txt and JSON-LD ids name`,
      `${process.env.SERVER_URL}, this server's own address. Set SITE_URL to the site's public`,
      'address (https://www.example-clinic.com) before search engines see it.',
      '!'.repeat(78),
      '',
    ].join('\n'),
  )
}
// The reference site in dev/app/(site) is served by this process and receives the plugin's signed
// webhooks at its own route, so a change shows on it at once. WEBHOOK_URL names another receiver
// instead; the secret, unless given, is made for this run (sender and receiver share the process).
if (!apiOnly && !process.env.WEBHOOK_URL) {
  process.env.WEBHOOK_URL = `${process.env.SERVER_URL.replace(/\/$/, '')}/next/revalidate`
  process.env.WEBHOOK_SECRET ||= randomBytes(32).toString('hex')
  dropsOwnWebhooks = true
}
// Live preview opens the reference site's drafts through /next/preview, which asks for this secret.
if (!apiOnly) {
  process.env.PREVIEW_SECRET ||= randomBytes(32).toString('hex')
}

const config = await import('./payload.config.js').then((module) => module.default)
// `cron` starts the job queue configured in `jobs.autoRun`.
const payload = await getPayload({ config, cron: true })

const app = createApp(
  payload,
  apiOnly
    ? {}
    : {
        fallthrough: [
          await createAdminHandler({
            adminRoute: config.routes?.admin,
            dev: process.env.NODE_ENV !== 'production',
          }),
        ],
      },
)
server.removeAllListeners('request')
if (apiOnly) {
  server.on('request', app)
} else {
  // Until the site's cache is expired, only the site's webhook route is served: a visitor would
  // otherwise be sent a page prerendered from another database or address.
  let expiring = true
  server.on('request', (req: IncomingMessage, res: ServerResponse) =>
    expiring && !isSiteWebhook(req) ? answerStarting(req, res) : app(req, res),
  )
  const secret = process.env.WEBHOOK_SECRET
  if (secret) {
    await expireSiteCache(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, secret)
  } else {
    payload.logger.warn(
      'WEBHOOK_SECRET is not set: the site cannot be told of changes, and keeps what it rendered.',
    )
  }
  expiring = false
}
const base = payload.config.serverURL
const { admin, api, graphQL } = payload.config.routes
payload.logger.info(
  `Ready: ${apiOnly ? 'API only' : `site ${base}/ · admin ${base}${admin}`} · REST ${base}${api} · GraphQL ${base}${api}${graphQL}`,
)

// SIGTERM (an orchestrator, systemd) and SIGINT (Ctrl-C): readiness answers 503 at once, the
// server stops accepting connections and answers the requests under way (for at most
// SHUTDOWN_TIMEOUT_MS), then Payload's job runners stop and its pool closes. A second signal
// ends the process at once.
const shutdown = async (signal: string) => {
  payload.logger.info(`${signal} received, closing`)
  process.once(signal, () => process.exit(1))
  await closeGracefully(server, {
    drainMs: Number(process.env.SHUTDOWN_DRAIN_MS ?? 0),
    payload,
    timeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000),
  })
  process.exit(0)
}
process.once('SIGINT', () => void shutdown('SIGINT'))
process.once('SIGTERM', () => void shutdown('SIGTERM'))
