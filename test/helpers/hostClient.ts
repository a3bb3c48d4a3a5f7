import { request } from 'node:http'
import { connect } from 'node:net'

/**
 * Requests to the test server as a visitor of one domain: Node's `fetch` will not send a `Host`
 * of the caller's choosing, so these go through `node:http`.
 */
export type HostClient = {
  get: (
    path: string,
    headers?: Record<string, string>,
  ) => Promise<{ body: any; headers: Record<string, string>; status: number; text: string }>
  graphql: (
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<{ body: any; status: number }>
  host: string
  /** A request with a body (and its headers) exactly as given. */
  post: (
    path: string,
    body: Buffer | string,
    headers?: Record<string, string>,
  ) => Promise<{ body: any; headers: Record<string, string>; status: number; text: string }>
}

export const hostClient = (url: string, host: string): HostClient => {
  const send = (
    method: string,
    path: string,
    body?: Buffer | string,
    extra: Record<string, string> = body ? { 'content-type': 'application/json' } : {},
  ) =>
    new Promise<{ body: any; headers: Record<string, string>; status: number; text: string }>(
      (resolve, reject) => {
        const target = new URL(path, url)
        const req = request(
          {
            headers: { host, ...extra },
            hostname: target.hostname,
            method,
            path: `${target.pathname}${target.search}`,
            port: target.port,
          },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8')
              let parsed: unknown
              try {
                parsed = text ? JSON.parse(text) : undefined
              } catch {
                parsed = undefined
              }
              resolve({
                body: parsed,
                headers: res.headers as Record<string, string>,
                status: res.statusCode ?? 0,
                text,
              })
            })
          },
        )
        req.on('error', reject)
        req.end(body)
      },
    )
  return {
    get: (path, headers) => send('GET', path, undefined, headers),
    graphql: async (query, variables) => {
      const { body, status } = await send(
        'POST',
        '/api/graphql',
        JSON.stringify({ query, variables }),
      )
      return { body, status }
    },
    host,
    post: (path, body, headers) => send('POST', path, body, headers),
  }
}

/**
 * Sends `text` as it is over a new connection to the test server (a request line in absolute
 * form, a forged `Host`), and returns the raw response.
 */
export const rawRequest = (url: string, text: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const socket = connect(Number(target.port), target.hostname, () => socket.end(text))
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    socket.on('error', reject)
  })
