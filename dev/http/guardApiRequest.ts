import type { NextFunction, Request, Response } from 'express'
import type { SanitizedConfig } from 'payload'

import { parse as parseQuery } from 'qs-esm'

import type { ClinicT } from '../../src/internal.js'

import { describeQueryProblems, joinsProblems, whereProblems } from '../../src/internal.js'
import { idShapeOf } from '../../src/internal.js'
import { readerT } from './readerT.js'
import { checkBodyShape } from './checkBodyShape.js'
import { checkQuery } from './checkQuery.js'
import { parseJsonBody } from './jsonBody.js'
import { matchApiRoute } from './matchApiRoute.js'
import { HttpProblem } from './problem.js'
import { readBody } from './readBody.js'

export type BodyLimits = {
  /**
   * Largest JSON (or form-encoded) body, in bytes.
   * @default 2 MiB
   */
  json?: number
  /**
   * Largest multipart body (an upload with its fields), in bytes.
   * @default 30 MiB
   */
  multipart?: number
}

const allowedMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST']

// Parsed as Payload parses them (createPayloadRequest), so the check sees what Payload will.
const parseQueryString = (search: string) =>
  parseQuery(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  })

const mediaType = (req: Request) =>
  (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()

const overridesToGet = (req: Request) =>
  req.method === 'POST' &&
  (req.get('x-http-method-override') === 'GET' ||
    req.get('x-payload-http-method-override') === 'GET')

/**
 * Reads and checks what a request carries before Payload's handlers see it, so a client's mistake
 * is a 4xx naming it instead of an error deep inside Payload or the database: percent-encoding,
 * the method (405 with `Allow`), the route (404 for unknown paths and for collections that serve
 * no endpoints), ids that cannot exist, the query string, and the body (size 413, media type
 * 415, malformed or over-deep JSON 400). The body it read is kept in `res.locals.body` for the
 * bridge to hand on.
 */
export const guardApiRequest =
  (config: SanitizedConfig, limits: BodyLimits = {}) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      await check(config, limits, req, res)
      next()
    } catch (error) {
      next(error)
    }
  }

/**
 * The same for GraphQL: a JSON body under the JSON limit (its document is checked by the
 * GraphQL handler, with `checkGraphQLBody`).
 */
export const guardGraphQLRequest =
  (limits: BodyLimits = {}) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      if (mediaType(req) !== 'application/json') {
        throw new HttpProblem(415, 'Send GraphQL requests as application/json.')
      }
      const body = await readBody(req, limits.json ?? 2 * 1024 * 1024)
      // Refused here when it is no JSON; the GraphQL handler checks the document itself, once a
      // persisted query's hash is resolved and after a stored answer is looked for.
      parseJsonBody(body)
      res.locals.body = body
      next()
    } catch (error) {
      next(error)
    }
  }

/**
 * A `where` (and each join's) must suit the fields it filters (the plugin's own check, applied here to every
 * collection, the host's and Payload's included): 400 naming each path otherwise.
 */
const checkWhere = (
  config: SanitizedConfig,
  collection: SanitizedConfig['collections'][number] | undefined,
  { joins, where }: { joins?: unknown; where?: unknown },
  t: ClinicT,
) => {
  if (!collection) {
    return
  }
  const schema = {
    allOperator: config.db.name === 'mongoose',
    idShape: idShapeOf(config.db),
    fieldsOf: (slug: string) =>
      config.collections.find((each) => each.slug === slug)?.flattenedFields,
  }
  const problems = [
    ...(where === undefined ? [] : whereProblems(schema, collection.flattenedFields, where, t)),
    ...joinsProblems(schema, collection.flattenedFields, joins, t),
  ]
  if (problems.length) {
    throw new HttpProblem(400, describeQueryProblems(problems, t), {}, problems[0]!.path)
  }
}

const check = async (
  config: SanitizedConfig,
  limits: BodyLimits,
  req: Request,
  res: Response,
): Promise<void> => {
  const [rawPath, search = ''] = req.originalUrl.slice(config.routes.api.length).split(/\?(.*)/s)
  // The URL parser Payload's request goes through resolves these, so the path Payload would
  // serve is not the one asked for: a traversal attempt, never a mistake worth guessing at.
  if (rawPath!.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment))) {
    throw new HttpProblem(400, 'The URL may not contain "." or ".." segments.')
  }
  try {
    rawPath!.split('/').forEach((segment) => decodeURIComponent(segment))
    decodeURIComponent(search.replace(/\+/g, ' '))
  } catch {
    throw new HttpProblem(400, 'The URL contains malformed percent-encoding.')
  }
  if (!allowedMethods.includes(req.method)) {
    throw new HttpProblem(405, `${req.method} is not supported.`, {
      allow: allowedMethods.join(', '),
    })
  }
  const query = parseQueryString(search)
  checkQuery(query)

  const method = req.method === 'HEAD' || overridesToGet(req) ? 'GET' : req.method
  const route = matchApiRoute(config, method, rawPath || '/')
  if (route.kind === 'not-found') {
    throw new HttpProblem(404, `Route not found "${config.routes.api}${rawPath}".`)
  }
  if (route.kind === 'method-not-allowed') {
    throw new HttpProblem(405, `${req.method} is not allowed here.`, {
      allow: route.allow.join(', '),
    })
  }
  if (route.params.id !== undefined && !route.validId(route.params.id)) {
    throw new HttpProblem(404, 'Not Found')
  }
  checkWhere(config, route.collection, query, await readerT(config, req))

  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') {
    return
  }
  const type = mediaType(req)
  const multipart = type === 'multipart/form-data'
  // The reviews import also takes its file as the body itself (CSV or JSON), up to its own 10 MB.
  const importsFile = req.method === 'POST' && /^\/[^/]+\/import$/.test(rawPath ?? '')
  const body = await readBody(
    req,
    multipart
      ? (limits.multipart ?? 30 * 1024 * 1024)
      : importsFile
        ? 10 * 1024 * 1024
        : (limits.json ?? 2 * 1024 * 1024),
  )
  res.locals.body = body
  if (
    overridesToGet(req) &&
    !['application/json', 'application/x-www-form-urlencoded'].includes(type)
  ) {
    throw new HttpProblem(
      415,
      'A query sent as a POST body must be application/json or form-encoded.',
    )
  }
  if (multipart) {
    if (!/;\s*boundary=("[^"]+"|[^;\s]+)/i.test(req.headers['content-type'] ?? '')) {
      throw new HttpProblem(400, 'A multipart body needs a boundary in its Content-Type.')
    }
    return
  }
  if (importsFile && type === 'text/csv') {
    return
  }
  if (body.length === 0 && !overridesToGet(req)) {
    // Payload's create and update read a missing document as one and fail on it.
    if (route.kind === 'found' && route.takesDocument) {
      throw new HttpProblem(400, 'Send the document as a JSON object.', {}, 'data')
    }
    return
  }
  const isObject = (value: unknown): value is Record<string, unknown> =>
    Boolean(value) && typeof value === 'object' && !Array.isArray(value)
  if (type === 'application/json') {
    // Payload compares the header exactly; the media type itself is case-insensitive.
    req.headers['content-type'] = 'application/json'
    const data = parseJsonBody(body)
    if (overridesToGet(req)) {
      if (!isObject(data)) {
        throw new HttpProblem(400, 'A query sent as a POST body must be a JSON object.')
      }
      checkQuery(data)
      checkWhere(
        config,
        route.kind === 'found' ? route.collection : undefined,
        data,
        await readerT(config, req),
      )
    } else if (route.kind === 'found' && route.takesDocument && !isObject(data)) {
      throw new HttpProblem(400, 'Send the document as a JSON object.', {}, 'data')
    } else if (isObject(data)) {
      checkBodyShape(rawPath!, route.kind === 'found' ? route.collection : undefined, data)
    }
    return
  }
  if (type === 'application/x-www-form-urlencoded' && overridesToGet(req)) {
    // Payload compares the header exactly (a charset parameter would make it drop the body and
    // list everything): it reads what was checked here.
    req.headers['content-type'] = 'application/x-www-form-urlencoded'
    // Payload appends the body to the URL as it came (after any query the URL already has) and
    // reads the query of the URL that makes: checked the same way here, so what is checked is
    // what Payload runs.
    const combined = new URL(`${req.originalUrl}?${body.toString('utf8')}`, 'http://server.invalid')
    const data = parseQueryString(combined.search)
    checkQuery(data)
    checkWhere(
      config,
      route.kind === 'found' ? route.collection : undefined,
      data,
      await readerT(config, req),
    )
    return
  }
  throw new HttpProblem(415, 'Send the body as application/json or multipart/form-data.')
}
