import type { CollectionSlug, Payload, Where } from 'payload'

import { pluginOptions } from '../options/optionsKey.js'
import { relationId } from '../hardening/relationId.js'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>
type Doc = Record<string, unknown>

/**
 * The file name a request for one of the plugin's media files asks for, or undefined.
 */
const mediaFileName = (payload: Payload, media: string, url: URL): string | undefined => {
  const prefix = `${payload.config.routes.api}/${media}/file/`
  if (!url.pathname.startsWith(prefix)) {
    return undefined
  }
  // Payload's route takes the first segment as the name (`a.png/` and `a.png//` serve `a.png`).
  const [segment] = url.pathname.slice(prefix.length).split('/').filter(Boolean)
  try {
    return segment === undefined ? undefined : decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

const ids = (docs: Doc[]) => docs.map((doc) => relationId(doc.id)).filter((id) => id !== null)

/**
 * What a client's photo says when no consent channel decides: the website's setting, or
 * `noindex, noimageindex` when even that may be indexed.
 */
const defaultDirectives = (configured: Record<string, false | string>) =>
  configured.website === false ? 'noindex, noimageindex' : configured.website!

/**
 * The `X-Robots-Tag` a media file is served with: a client's photo (a before or after photo of a
 * gallery, published or draft) gets the one its consents' channels are configured with
 * (`site.robots.clientPhotos`), none when a channel they grant may be indexed. Any other image
 * gets none. Worked out from the database on each computed answer, so the response cache keeps it
 * exactly as long as the galleries and consents it read.
 */
export const clientPhotoRobots = async (
  payload: Payload,
  url: URL,
): Promise<string | undefined> => {
  const options = pluginOptions(payload)
  const galleries = options?.slugs.beforeAfterGalleries
  if (!options || options.disabled || !galleries || !payload.collections[galleries]) {
    return undefined
  }
  const name = mediaFileName(payload, options.slugs.media, url)
  if (!name) {
    return undefined
  }
  const media = payload.collections[options.slugs.media]!.config
  const sizes = (typeof media.upload === 'object' ? (media.upload.imageSizes ?? []) : []).map(
    (size) => ({ [`sizes.${size.name}.filename`]: { equals: name } }),
  )
  const { docs: images } = await payload.find({
    collection: options.slugs.media as CollectionSlug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { filename: true } as never,
    where: { or: [{ filename: { equals: name } }, ...sizes] } as Where,
  })
  const image = ids(images as Doc[])
  if (!image.length) {
    // A file served under a name no image has (another spelling of its address): it cannot be
    // told from a client's photo, so it is treated as one.
    return defaultDirectives(options.site.robots.clientPhotos)
  }
  const uses: Doc[] = []
  for (const draft of [false, true]) {
    const { docs } = await payload.find({
      collection: galleries as CollectionSlug,
      depth: 0,
      draft,
      overrideAccess: true,
      pagination: false,
      select: { consent: true } as never,
      where: { or: [{ 'pairs.before': { in: image } }, { 'pairs.after': { in: image } }] },
    })
    uses.push(...(docs as Doc[]))
  }
  if (!uses.length) {
    return undefined
  }
  const consentIds = uses.map((gallery) => relationId(gallery.consent)).filter((id) => id !== null)
  const consents = options.slugs.consents
  const granted = new Set<string>()
  if (consents && payload.collections[consents] && consentIds.length) {
    const { docs } = await payload.find({
      collection: consents as CollectionSlug,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { scopes: true } as never,
      where: { id: { in: consentIds } },
    })
    for (const consent of docs as Doc[]) {
      for (const scope of Array.isArray(consent.scopes) ? consent.scopes : []) {
        granted.add(String(scope))
      }
    }
  }
  const configured = options.site.robots.clientPhotos
  const channels = [...granted].filter(
    (channel) => channel in configured,
  ) as (keyof typeof configured)[]
  if (channels.some((channel) => configured[channel] === false)) {
    return undefined
  }
  // No channel on record (no consent yet): the strictest default, as for the website.
  const values = channels.length
    ? channels.map((channel) => configured[channel] as string)
    : [defaultDirectives(configured)]
  const directives = [
    ...new Set(values.flatMap((value) => value.split(',').map((part) => part.trim()))),
  ].filter(Boolean)
  return directives.length ? directives.join(', ') : undefined
}

/**
 * A Fetch handler of Payload's REST API whose media files carry `clientPhotoRobots`' header.
 */
export const withClientPhotoRobots =
  <Rest extends unknown[]>(
    handler: Handler<Rest>,
    payload: Payload | Promise<Payload>,
  ): Handler<Rest> =>
  async (request, ...rest) => {
    const response = await handler(request, ...rest)
    if (!['GET', 'HEAD'].includes(request.method) || ![200, 206, 304].includes(response.status)) {
      return response
    }
    const robots = await clientPhotoRobots(await payload, new URL(request.url))
    if (!robots) {
      return response
    }
    const headers = new Headers(response.headers)
    headers.set('x-robots-tag', robots)
    return new Response(response.body, { headers, status: response.status })
  }
