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
