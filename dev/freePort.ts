import { createServer } from 'node:net'

/**
 * A loopback port nothing listens on now, for a server started next (the build's CMS, a test's
 * server or database).
 */
export const freePort = (): Promise<number> =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
