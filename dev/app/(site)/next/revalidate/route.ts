import type { SmpWebhookBody } from 'payload-plugin-smp-clinic/webhooks'

import { revalidateTag } from 'next/cache.js'
import { signatureHeader, verifyWebhook } from 'payload-plugin-smp-clinic/webhooks'

import { cacheTag } from '../../_lib/tags.js'

/**
 * A delivery is a few kilobytes; anything far larger is refused before it is read in full, since
 * the body must be read before its signature can be checked.
 */
const maxBodyBytes = 256 * 1024

/**
 * The body as text, or null once it passes `maxBytes` (read no further).
 */
const bodyWithin = async (request: Request, maxBytes: number): Promise<null | string> => {
  const reader = request.body?.getReader()
  if (!reader) {
    return ''
  }
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      return Buffer.concat(chunks).toString('utf8')
    }
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
}

const refuse = (status: number, message: string) =>
  new Response(message, { headers: { 'content-type': 'text/plain; charset=utf-8' }, status })

/**
 * The receiver of the plugin's signed webhooks (outside `/api`, which is the CMS's). A verified
 * delivery expires every cache tag it names at once (`expire: 0`: the next request waits for fresh
 * data rather than being served the page that showed, say, a photo whose consent just ended).
 * Unsigned and oversized requests are refused before their body is read.
 */
export const POST = async (request: Request): Promise<Response> => {
  const header = request.headers.get(signatureHeader)
  if (!header) {
    return refuse(401, `No ${signatureHeader} header`)
  }
  if (Number(request.headers.get('content-length') ?? 0) > maxBodyBytes) {
    return refuse(413, `The body is over ${maxBodyBytes} bytes`)
  }
  const body = await bodyWithin(request, maxBodyBytes)
  if (body === null) {
    return refuse(413, `The body is over ${maxBodyBytes} bytes`)
  }
  const secret = process.env.WEBHOOK_SECRET ?? ''
  if (!verifyWebhook({ body, header, secret })) {
    return refuse(401, 'Bad signature')
  }
  let tags: unknown
  try {
    const parsed = JSON.parse(body) as null | Partial<SmpWebhookBody>
    tags = typeof parsed === 'object' && parsed !== null ? parsed.tags : undefined
  } catch {
    return refuse(400, 'The body is not JSON')
  }
  if (!Array.isArray(tags)) {
    return refuse(400, 'The body has no tags')
  }
  // A tag Next cannot encode (a lone surrogate: `revalidateTag` throws a URIError) refuses the
  // whole delivery before any tag is expired, so it is all or nothing. The plugin never sends one.
  if (tags.some((tag) => typeof tag === 'string' && /\p{Cs}/u.test(tag))) {
    return refuse(400, 'A tag is not well-formed Unicode')
  }
  for (const tag of tags) {
    if (typeof tag === 'string' && tag) {
      revalidateTag(cacheTag(tag), { expire: 0 })
    }
  }
  return new Response(null, { status: 204 })
}
