import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import express from 'express'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { getPayload } from 'payload'

import { createApp } from '../createApp.js'
import { benchConfig } from './benchConfig.js'
import { createStatementLog, type StatementLog } from './statementLog.js'
import { destroyPayload } from './throwawayDatabase.js'

export type BenchServer = {
  /**
   * The same app with the response cache answering anonymous reads.
   */
  cachedUrl: string
  /**
   * A plain express route that sends whatever `setCeiling` gave it, whatever the path: the
   * fastest this server could answer those bytes.
   */
  ceilingUrl: string
  close: () => Promise<void>
  /**
   * Resolves once no request is in flight: a load run ends with requests still being answered,
   * which would otherwise weigh on the next run.
   */
  idle: () => Promise<void>
  payload: Payload
  setCeiling: (answer: { body: Buffer; contentType: string }) => void
  statements: StatementLog
  /**
   * The app without the response cache: every read computed.
   */
  url: string
}

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/**
 * The bench's one Payload instance (the plugin and the bare copies) served by the dev express
 * app on ephemeral loopback ports: without the response cache, with it, and beside them a plain
 * route for the ceiling. Payload's HTTP handlers take the instance cached under the
 * default key, so this must be that instance and the only one serving.
 */
export const startBenchServer = async ({
  databaseUri,
  uploadsDir,
}: {
  databaseUri: string
  uploadsDir: string
}): Promise<BenchServer> => {
  const server: Server = createServer()
  const url = await listen(server)
  const cached: Server = createServer()
  const cachedUrl = await listen(cached)
  const ceiling: Server = createServer()
  const ceilingUrl = await listen(ceiling)
  const statements = createStatementLog()
  const config = await benchConfig({
    bare: true,
    databaseUri,
    serverURL: url,
    statements,
    uploadsDir,
  })
  const payload = await getPayload({ config })
  let ceilingAnswer: { body: Buffer; contentType: string } = {
    body: Buffer.from('{}'),
    contentType: 'application/json',
  }
  const plain = express()
  plain.disable('x-powered-by')
  plain.use((req, res) => {
    res.setHeader('content-type', ceilingAnswer.contentType)
    res.end(ceilingAnswer.body)
  })
  const apps: [Server, (req: IncomingMessage, res: ServerResponse) => void][] = [
    [server, createApp(payload, { responseCache: false })],
    [cached, createApp(payload)],
    [ceiling, plain],
  ]
  let inFlight = 0
  let waiting: (() => void)[] = []
  for (const [listening, app] of apps) {
    listening.on('request', (req, res) => {
      inFlight++
      res.once('close', () => {
        inFlight--
        if (inFlight === 0) {
          waiting.forEach((resolve) => resolve())
          waiting = []
        }
      })
      app(req, res)
    })
  }
  return {
    cachedUrl,
    ceilingUrl,
    close: async () => {
      for (const [listening] of apps) {
        listening.closeAllConnections()
        await new Promise((resolve) => listening.close(resolve))
      }
      await destroyPayload(payload)
    },
    idle: () =>
      inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve)),
    payload,
    setCeiling: (answer) => {
      ceilingAnswer = answer
    },
    statements,
    url,
  }
}
