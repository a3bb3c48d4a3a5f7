import type { PayloadRequest } from 'payload'

/**
 * The submitter's address, as the server in front of Payload reports it: `X-Real-IP`, else the
 * first `X-Forwarded-For` entry. That server must set these itself (the reference server does,
 * from the socket), or a client could name any address and pass the per-IP limit.
 */
export const clientIpOf = (req: PayloadRequest): string => {
  const real = req.headers.get('x-real-ip')?.trim()
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return (real || forwarded || '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '').slice(0, 64)
}

/**
 * The address the per-IP limit counts: an IPv4 address whole, an IPv6 address by its /64 (one
 * subscriber's network; the rest of the address is theirs to change at will).
 */
export const rateLimitAddress = (ip: string): string => {
  if (!ip.includes(':')) {
    return ip
  }
  const [head = '', tail = ''] = ip.toLowerCase().split('%')[0]!.split('::')
  const left = head ? head.split(':') : []
  const right = ip.includes('::') ? (tail ? tail.split(':') : []) : []
  const groups = [
    ...left,
    ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'),
    ...right,
  ]
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
