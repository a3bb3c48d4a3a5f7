import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'

import { startDevServer, type DevServer } from './devServer.js'

/**
 * Editors in a real browser (Debian's Chromium) against the dev server: `npm run test:e2e`.
 * Screenshots of each step land in test-results/e2e/.
 */
const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-results/e2e')
mkdirSync(shots, { recursive: true })

let server: DevServer
let browser: Browser
let page: Page
/**
 * Reads `read` until it returns `expected` or a minute passes, and returns the last value read.
 */
const eventually = async <T>(read: () => Promise<T>, expected: T): Promise<T> => {
  const deadline = Date.now() + 60_000
  let value = await read()
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    value = await read()
  }
  return value
}

const snap = (name: string) =>
  page.screenshot({ fullPage: true, path: path.join(shots, `${name}.png`) })

beforeAll(async () => {
  server = await startDevServer()
  browser = await chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
  })
  page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
  page.setDefaultTimeout(120_000)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

test('the seeded admin logs in and finds every clinic collection in the navigation', async () => {
  await page.goto(`${server.url}/admin/login`)
  await page.fill('#field-email', 'admin@smp-clinic.local')
  await page.fill('#field-password', 'change-me-please')
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin$/)
  await page.getByRole('heading', { name: 'Clinic' }).waitFor()
  await snap('01-dashboard')
  for (const label of [
    'Articles',
    'FAQs',
    'Testimonials',
    'Before & after galleries',
    'Practitioners',
    'Topics',
    'Consents',
    'Media',
  ]) {
    await expect(page.locator('nav').getByText(label, { exact: true }).count()).resolves.toBe(1)
  }
})

test('an editor writes an article with a heading and a list, saves a draft, publishes, and the API serves it', async () => {
  await page.goto(`${server.url}/admin/collections/articles/create`)
  await page.fill('#field-title', 'Aftercare in the first week')
  const editor = page.locator('[data-lexical-editor="true"]').first()
  await editor.click()
  await page.keyboard.type('## What to avoid')
  await page.keyboard.press('Enter')
  await page.keyboard.type('- Swimming')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Direct sun')
  await snap('02-article-editing')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  // Saving the new draft moves the editor to the document's own URL.
  await page.waitForURL(/\/admin\/collections\/articles\/[^/]+$/)
  expect(
    await eventually(() => page.inputValue('#field-slug'), 'aftercare-in-the-first-week'),
  ).toBe('aftercare-in-the-first-week')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  const publicCount = async () =>
    (
      await (
        await fetch(`${server.url}/api/articles?where[slug][equals]=aftercare-in-the-first-week`)
      ).json()
    ).totalDocs
  expect(await eventually(publicCount, 1)).toBe(1)
  await snap('03-article-published')

  const response = await fetch(
    `${server.url}/api/articles?where[slug][equals]=aftercare-in-the-first-week`,
  )
  const { docs } = await response.json()
  expect(docs).toHaveLength(1)
  const types = docs[0].body.root.children.map((node: { type: string }) => node.type)
  expect(types).toEqual(expect.arrayContaining(['heading', 'list']))
  expect(docs[0].tableOfContents.map((entry: { text: string }) => entry.text)).toEqual([
    'What to avoid',
  ])
})

test('publishing a testimonial without consent shows the reason beside the consent field', async () => {
  await page.goto(`${server.url}/admin/collections/testimonials/create`)
  await page.fill('#field-clientName', 'J. D.')
  await page.fill('#field-quote', 'It looks like my own hair.')
  await page.getByRole('button', { name: 'Publish changes' }).click()
  const message = page.getByText('A signed consent is required before this can be published.')
  await message.first().waitFor()
  await snap('04-testimonial-needs-consent')
  const publicList = await (await fetch(`${server.url}/api/testimonials`)).json()
  expect(publicList.totalDocs).toBe(0)
})
