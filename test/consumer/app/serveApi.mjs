// Payload's REST API on an ephemeral port through Payload's own handlers (the apps have no
// Next.js): what each consumer app reads over HTTP, as a visitor would.
import { createServer } from 'node:http'
import { Readable } from 'node:stream'
import { handleEndpoints } from 'payload'

export const serveApi = async (config) => {
  const server = createServer(async (req, res) => {
    const request = new Request(new URL(req.url, 'http://localhost'), {
      body: req.method === 'GET' ? undefined : Readable.toWeb(req),
      duplex: 'half',
      headers: req.headers,
      method: req.method,
    })
    const response = await handleEndpoints({ config, request })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { close: () => server.close(), url: `http://127.0.0.1:${server.address().port}` }
}
