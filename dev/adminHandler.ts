import type { NextFunction, Request, Response } from 'express'

import type createNextServer from 'next/dist/server/next.js'

import nextModule from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Payload's admin panel is a Next.js app (dev/app); express hands it every request it does not
 * serve itself, Payload's custom-server arrangement.
 */
export const createAdminHandler = async ({ dev }: { dev: boolean }) => {
  // `next` is CommonJS: its module.exports is the factory its typings call `default`.
  const next = nextModule as unknown as typeof createNextServer.default
  const app = next({ dev, dir: dirname })
  await app.prepare()
  const handle = app.getRequestHandler()
  return (req: Request, res: Response, nextMiddleware: NextFunction) => {
    handle(req, res).catch(nextMiddleware)
  }
}
