import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { createServer, type Server } from 'node:http'
import { getPayload } from 'payload'

import { createApp } from '../createApp.js'
import { benchConfig } from './benchConfig.js'
import { createStatementLog, type StatementLog } from './statementLog.js'
import { destroyPayload } from './throwawayDatabase.js'

export type BenchServer = {
  close: () => Promise<void>
  /**
   * Resolves once no request is in flight: a load run ends with requests still being answered,
   * which would otherwise weigh on the next run.
   */
  idle: () => Promise<void>
  payload: Payload
  statements: StatementLog
  url: string
}

/**
 * The bench's one Payload instance (the plugin and the bare copies) served by the dev express
 * app on an ephemeral loopback port. Payload's HTTP handlers take the instance cached under the
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const statements = createStatementLog()
  const config = await benchConfig({
    bare: true,
    databaseUri,
    serverURL: url,
    statements,
    uploadsDir,
  })
  const payload = await getPayload({ config })
  const app = createApp(payload)
  let inFlight = 0
  let waiting: (() => void)[] = []
  server.on('request', (req, res) => {
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
  return {
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await destroyPayload(payload)
    },
    idle: () =>
      inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve)),
    payload,
    statements,
    url,
  }
}
