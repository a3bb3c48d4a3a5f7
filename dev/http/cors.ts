import type { NextFunction, Request, Response } from 'express'
import type { Payload, PayloadRequest } from 'payload'

import { headersWithCors } from 'payload'

/**
 * Puts Payload's CORS headers (from the config's `cors`, where the plugin adds the frontend's
 * origins) on every API answer before anything else runs, so a browser on the frontend can read
 * the server's own refusals (a 400 from a guard, a 413) as well as Payload's answers.
 */
export const allowConfiguredOrigins =
  (payload: Payload) => (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin
    if (origin) {
      const headers = headersWithCors({
        headers: new Headers(),
        req: { headers: new Headers({ origin }), payload } as unknown as PayloadRequest,
      })
      headers.forEach((value, name) => res.setHeader(name, value))
      if (headers.has('access-control-allow-origin')) {
        // So the site's scripts can read the tag to revalidate with, and the id of an error.
        res.setHeader('access-control-expose-headers', 'ETag, Retry-After, X-Request-Id')
      }
      res.vary('Origin')
    }
    next()
  }
