import type { SmpWebhookBody } from 'payload-plugin-smp-clinic/webhooks'

import { revalidateTag } from 'next/cache.js'
import { signatureHeader, verifyWebhook } from 'payload-plugin-smp-clinic/webhooks'

/**
 * The receiver of the plugin's signed webhooks (outside `/api`, which is the CMS's). A verified
 * delivery expires every cache tag it names at once (`expire: 0`: the next request waits for fresh
 * data rather than being served the page that showed, say, a photo whose consent just ended).
 */
export const POST = async (request: Request): Promise<Response> => {
  const body = await request.text()
  const secret = process.env.WEBHOOK_SECRET ?? ''
  if (!verifyWebhook({ body, header: request.headers.get(signatureHeader), secret })) {
    return new Response('Bad signature', { status: 401 })
  }
  let tags: unknown
  try {
    tags = (JSON.parse(body) as Partial<SmpWebhookBody>).tags
  } catch {
    return new Response('The body is not JSON', { status: 400 })
  }
  if (!Array.isArray(tags)) {
    return new Response('The body has no tags', { status: 400 })
  }
  for (const tag of tags) {
    if (typeof tag === 'string' && tag) {
      revalidateTag(tag, { expire: 0 })
    }
  }
  return new Response(null, { status: 204 })
}
