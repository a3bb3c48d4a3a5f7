import type { Request } from 'express'

import { HttpProblem } from './problem.js'

/**
 * Reads a request body into memory, refusing with 413 as soon as it passes `limit` bytes (from
 * `Content-Length` before reading anything, or while reading a chunked body).
 */
export const readBody = async (req: Request, limit: number): Promise<Buffer> => {
  const declared = Number(req.headers['content-length'])
  const tooLarge = () =>
    new HttpProblem(413, `The request body is larger than ${limit} bytes.`, { connection: 'close' })
  if (Number.isFinite(declared) && declared > limit) {
    throw tooLarge()
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) {
      throw tooLarge()
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}
