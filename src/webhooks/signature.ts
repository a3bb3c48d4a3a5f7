import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The header a delivery is signed in: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`.
 */
export const signatureHeader = 'x-smp-signature'

export const sign = (secret: string, timestamp: number, body: string): string =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

export const signatureFor = (secret: string, body: string, now: Date): string => {
  const timestamp = Math.floor(now.getTime() / 1000)
  return `t=${timestamp},v1=${sign(secret, timestamp, body)}`
}

/**
 * Whether a delivery is genuine: the signature matches the raw body under the shared secret and
 * was made within `toleranceSeconds` of `now` (older ones are replays). Check it against the body
 * exactly as received, before parsing it. Only the exact form the plugin sends passes (one `t`
 * of digits, one `v1` of 64 lowercase hex digits), and an empty secret verifies nothing, so a
 * receiver whose secret is missing from its environment refuses everything.
 *
 * @example
 * if (!verifyWebhook({ body: await request.text(), header: request.headers.get('x-smp-signature'), secret })) {
 *   return new Response('bad signature', { status: 401 })
 * }
 */
export const verifyWebhook = ({
  body,
  header,
  now = new Date(),
  secret,
  toleranceSeconds = 300,
}: {
  body: string
  header: null | string | undefined
  now?: Date
  secret: string
  toleranceSeconds?: number
}): boolean => {
  const match = /^t=([1-9]\d{0,11}),v1=([0-9a-f]{64})$/.exec((header ?? '').replace(/\s+/g, ''))
  if (!secret || !match) {
    return false
  }
  const timestamp = Number(match[1])
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) {
    return false
  }
  const expected = Buffer.from(sign(secret, timestamp, body), 'hex')
  return timingSafeEqual(Buffer.from(match[2]!, 'hex'), expected)
}
