import { devAdmin } from '../../dev/ensureFirstUser.js'
import { type DevServer, startDevServer } from './devServer.js'
import { describeSite } from './siteSuite.js'

/**
 * The reference site on the development server, as `npm run dev` serves it (production.test.ts
 * runs the same checks on the production build).
 */
let server: DevServer

beforeAll(async () => {
  server = await startDevServer()
})
afterAll(async () => {
  await server?.close()
})

describeSite('the reference site (development)', () => ({ editor: devAdmin, server }), 'site')
