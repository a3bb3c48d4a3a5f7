import type { NextFunction, Request, Response } from 'express'

import type createNextServer from 'next/dist/server/next.js'

import nextModule from 'next'

import { pathDecodes } from './http/pathDecodes.js'
import { HttpProblem } from './http/problem.js'
import { withSiteNotFound } from './http/siteNotFound.js'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Next marks a static page `s-maxage=31536000`: a CDN or proxy in front would keep it a year, long
 * after a webhook expired it in Next's own cache (a revoked client's photos among what it shows).
 * Shared caches are told to ask again each time instead (`no-cache`: they may store the page, and
 * revalidate it with its ETag); Next's own cache still serves the page without rendering it.
 * Hashed build assets (`immutable`, no `s-maxage`) keep their year.
 */
const sharedCachesRevalidate = (res: Response) => {
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name, value) =>
    name.toLowerCase() === 'cache-control' && /s-maxage/.test(String(value))
      ? setHeader(name, 'public, no-cache')
      : setHeader(name, value)
}

/**
 * Paths whose handlers take writes: the admin (its server functions are POSTs to its own pages),
 * the site's route handlers under `/next/` (the webhook receiver) and Next's own (`/_next/…`, and
 * the development overlay's `/__nextjs…`). Every other path is a page of the site, which takes
 * GET and HEAD only: a POST to one is read by Next as a server action, and an empty multipart
 * body makes that fail with a 500.
 */
const takesWrites = (path: string, adminRoute: string) =>
  path === adminRoute ||
  path.startsWith(`${adminRoute}/`) ||
  path.startsWith('/next/') ||
  path.startsWith('/_')

/**
 * Payload's admin panel is a Next.js app (dev/app); express hands it every request it does not
 * serve itself, Payload's custom-server arrangement.
 */
export const createAdminHandler = async ({
  adminRoute = '/admin',
  dev,
}: {
  /** The admin's route (`routes.admin`). */
  adminRoute?: string
  dev: boolean
}) => {
  // `next` is CommonJS: its module.exports is the factory its typings call `default`.
  const next = nextModule as unknown as typeof createNextServer.default
  const app = next({ dev, dir: dirname })
  await app.prepare()
  const handle = withSiteNotFound(app.getRequestHandler(), adminRoute)
  return (req: Request, res: Response, nextMiddleware: NextFunction) => {
    // The site answers such a path with its not-found page (withSiteNotFound); the admin's
    // catch-all route would fail on it with a 500.
    if (!pathDecodes(req.path) && takesWrites(req.path, adminRoute) && !req.path.startsWith('/_')) {
      nextMiddleware(new HttpProblem(400, 'The address is not valid percent-encoding.'))
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD' && !takesWrites(req.path, adminRoute)) {
      nextMiddleware(
        new HttpProblem(405, 'The pages of the site take GET and HEAD requests.', {
          allow: 'GET, HEAD',
        }),
      )
      return
    }
    sharedCachesRevalidate(res)
    handle(req, res).catch(nextMiddleware)
  }
}
