import type { Browser, Page } from 'playwright-core'

import { spawn, spawnSync } from 'node:child_process'

import { launchBrowser, logIn, openPage, snap } from './browser.js'
import { type DevServer, root, serverCommand, startDevServer } from './devServer.js'
import { describeSite } from './siteSuite.js'

/**
 * `npm run build:admin` then `npm start`: the built admin and the API with NODE_ENV=production.
 */
const secret = 'e2e-production-secret-that-is-long-enough'
const admin = { ADMIN_EMAIL: 'owner@smp-clinic.local', ADMIN_PASSWORD: 'a-production-password' }

let server: DevServer
let browser: Browser
let page: Page

beforeAll(async () => {
  const started = Date.now()
  const build = spawnSync('npm', ['run', 'build:admin'], { cwd: root, encoding: 'utf8' })
  if (build.status !== 0) {
    throw new Error(`npm run build:admin failed:\n${build.stdout}\n${build.stderr}`)
  }
  console.log(`admin and site production build: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  server = await startDevServer({ env: { ...admin, PAYLOAD_SECRET: secret }, mode: 'production' })
  browser = await launchBrowser()
  page = await openPage(browser)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

test('the built admin serves the login page and the dashboard, with the API beside it', async () => {
  await logIn(page, server.url, admin.ADMIN_EMAIL, admin.ADMIN_PASSWORD)
  await page.locator('.smp-dashboard').waitFor()
  await snap(page, '10-production-dashboard')
  const faqs = await (await fetch(`${server.url}/api/faqs?limit=0`)).json()
  expect(faqs.totalDocs).toBe(5)
})

test('GraphQL answers queries, but its playground and introspection are off', async () => {
  const query = (text: string) =>
    fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: text }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    }).then((response) => response.json())
  expect((await query('{ Faqs { totalDocs } }')).data.Faqs.totalDocs).toBe(5)
  const introspection = await query('{ __schema { queryType { name } } }')
  expect(introspection.errors[0].message).toMatch(/introspection is not allowed/)
  expect((await fetch(`${server.url}/api/graphql-playground`)).status).toBe(404)
})

test('the development password never becomes a production login', async () => {
  const response = await fetch(`${server.url}/api/users/login`, {
    body: JSON.stringify({ email: 'admin@smp-clinic.local', password: 'change-me-please' }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  expect(response.status).toBe(401)
})

test('without PAYLOAD_SECRET, production refuses to start and says why', async () => {
  const { PAYLOAD_SECRET: _unset, ...inherited } = process.env
  const child = spawn(process.execPath, serverCommand('production'), {
    cwd: root,
    env: { ...inherited, NODE_ENV: 'production', PORT: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let output = ''
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise((resolve) => child.once('exit', resolve))
  expect(code).not.toBe(0)
  expect(output).toContain('PAYLOAD_SECRET must be set when NODE_ENV=production.')
})

describeSite(
  'the reference site (production build)',
  () => ({ editor: { email: admin.ADMIN_EMAIL, password: admin.ADMIN_PASSWORD }, server }),
  { shots: 'site-production' },
)
