import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { signatureHeader, verifyWebhook } from '../../src/exports/webhooks.js'
import type { SmpWebhookBody } from '../../src/index.js'

export type Received = { at: number; body: SmpWebhookBody; key: string; verified: boolean }

/**
 * A site that receives the plugin's webhooks, as the reference site does: it checks each
 * signature, keeps every delivery (several with one `Idempotency-Key` are one change sent again),
 * and answers 200 after `delayMs`, so a server killed mid-run is often killed mid-delivery. A
 * delivery `hold` matches is never answered (the sender is killed while waiting for it).
 */
export type Receiver = {
  close: () => Promise<void>
  delayMs: number
  hold: ((body: SmpWebhookBody) => boolean) | undefined
  /**
   * How many times each key arrived.
   */
  keys: () => Map<string, number>
  received: Received[]
  url: string
}

export const startReceiver = async (secret: string): Promise<Receiver> => {
  const received: Received[] = []
  const held = new Set<ServerResponse>()
  const receiver: Omit<Receiver, 'url'> & { url?: string } = {
    close: async () => {
      held.forEach((res) => res.destroy())
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
    delayMs: 0,
    hold: undefined,
    keys: () => {
      const counts = new Map<string, number>()
      for (const { key } of received) {
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
      return counts
    },
    received,
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const body = JSON.parse(raw) as SmpWebhookBody
      received.push({
        at: Date.now(),
        body,
        key: String(req.headers['idempotency-key']),
        verified: verifyWebhook({
          body: raw,
          header: req.headers[signatureHeader] as string,
          secret,
        }),
      })
      if (receiver.hold?.(body)) {
        held.add(res)
        res.on('close', () => held.delete(res))
        return
      }
      setTimeout(() => res.writeHead(200).end(), receiver.delayMs)
    })
  })
  // Connections of a killed sender are dropped without a word.
  server.on('clientError', (_error, socket) => socket.destroy())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/revalidate`
  return receiver as Receiver
}
