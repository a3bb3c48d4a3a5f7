import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { type Browser, chromium, type Locator, type Page } from 'playwright-core'

import { root } from './devServer.js'

/**
 * Screenshots of every step, for a person to look at after `npm run test:e2e`.
 */
export const screenshotDir = path.join(root, 'test-results/e2e')

/**
 * Debian's Chromium, headless. Playwright's own browser download is not used.
 */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
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

export const openPage = async (browser: Browser): Promise<Page> => {
  const page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
  page.setDefaultTimeout(60_000)
  return page
}

export const snap = (page: Page, name: string) => {
  mkdirSync(screenshotDir, { recursive: true })
  return page.screenshot({ fullPage: true, path: path.join(screenshotDir, `${name}.png`) })
}

/**
 * Opens an admin page and waits until it is hydrated: the server-rendered form is visible earlier,
 * but typing into it before React takes over leaves the form unaware of the input.
 */
export const openAdminPage = async (page: Page, url: string) => {
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  // React marks each element it has hydrated with its props: once every button has them, a
  // click or a keystroke reaches the form. (networkidle can come first on a loaded machine.)
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('button')].every((button) =>
          Object.keys(button).some((key) => key.startsWith('__reactProps')),
        ),
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => undefined)
}

/**
 * Clicks `button` until `appears` shows (at most five times): a click that lands while the admin
 * is still hydrating does nothing, and networkidle can come before React has attached.
 */
export const clickUntil = async (button: Locator, appears: Locator) => {
  for (let attempt = 1; ; attempt++) {
    await button.click()
    try {
      await appears.waitFor({ timeout: attempt === 5 ? 60_000 : 5_000 })
      return
    } catch (error) {
      if (attempt === 5) {
        throw error
      }
    }
  }
}

export const logIn = async (page: Page, url: string, email: string, password: string) => {
  await openAdminPage(page, `${url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin$/)
}

/**
 * Reads `read` until it returns `expected` or a minute passes, and returns the last value read.
 */
export const eventually = async <T>(read: () => Promise<T>, expected: T): Promise<T> => {
  const deadline = Date.now() + 60_000
  let value = await read()
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    value = await read()
  }
  return value
}

/**
 * A test that leaves a screenshot of the page behind when it fails, so a failure in CI can be seen.
 */
export const browserTest = (name: string, page: () => Page, body: () => Promise<void>) =>
  test(name, async () => {
    try {
      await body()
    } catch (error) {
      const slug = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 60)
      await snap(page(), `failed-${slug}`).catch(() => undefined)
      throw error
    }
  })

/**
 * axe-core's own build, read from the package: injected into the page under test as a script, so
 * the rules run in the browser against the rendered document.
 */
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

type AxeViolation = {
  help: string
  id: string
  impact: null | string
  nodes: { target: unknown[] }[]
}

/**
 * The page's serious and critical accessibility violations by axe-core's WCAG 2.x A/AA rules and
 * best practices, each as `rule: help (elements)`; an empty list when there are none.
 */
export const accessibilityViolations = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ path: axeSource })
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> }
    }
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
  })
  return (violations as AxeViolation[])
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(
      ({ help, id, impact, nodes }) =>
        `${id} (${impact}): ${help} (${nodes.map(({ target }) => target.join(' ')).join(', ')})`,
    )
}
