import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { devAdmin } from '../../dev/ensureFirstUser.js'
import { type DevServer, startDevServer } from './devServer.js'
import { describeSite } from './siteSuite.js'

/**
 * The reference site on the development server, as `npm run dev` serves it (production.test.ts
 * runs the same checks on the production build).
 */
let server: DevServer
const secrets = { preview: 'e2e-preview-secret', webhook: 'e2e-webhook-secret' }
const clockDir = mkdtempSync(path.join(tmpdir(), 'smp-site-clock-'))
const clockFile = path.join(clockDir, 'offset')

beforeAll(async () => {
  server = await startDevServer({
    env: {
      PREVIEW_SECRET: secrets.preview,
      SMP_CLOCK_FILE: clockFile,
      WEBHOOK_SECRET: secrets.webhook,
    },
  })
})
afterAll(async () => {
  await server?.close()
  rmSync(clockDir, { force: true, recursive: true })
})

describeSite('the reference site (development)', () => ({ editor: devAdmin, secrets, server }), {
  clockFile,
  shots: 'site',
})
