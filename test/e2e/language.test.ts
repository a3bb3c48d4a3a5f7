import type { Browser, Page } from 'playwright-core'

import { devAdmin } from '../../dev/ensureFirstUser.js'
import { translations } from '../../src/internal.js'
import { ApiClient } from '../helpers/apiClient.js'
import { createGallery } from '../helpers/fixtures.js'
import { browserTest, launchBrowser, logIn, openAdminPage, openPage, snap } from './browser.js'
import { type DevServer, startDevServer } from './devServer.js'

/**
 * An editor who works in French, in a real browser (Debian's Chromium) against the dev server:
 * `npm run test:e2e -- test/e2e/language.test.ts`. Screenshots land in test-results/e2e/.
 */
const french = translations.fr['plugin-smp-clinic']

let server: DevServer
let browser: Browser
let page: Page
let editor: ApiClient

beforeAll(async () => {
  server = await startDevServer()
  editor = await new ApiClient(server.url).login(devAdmin.email, devAdmin.password)
  browser = await launchBrowser()
  page = await openPage(browser)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/**
 * The text of the label Payload renders for the field with this path.
 */
const fieldLabel = (path: string) => page.locator(`label[for="field-${path}"]`).first().innerText()

browserTest(
  'an editor picks Français on the account page and finds the clinic collections and dashboard in French',
  () => page,
  async () => {
    await logIn(page, server.url, devAdmin.email, devAdmin.password)
    await openAdminPage(page, `${server.url}/admin/account`)
    await page.locator('.rs__control', { has: page.locator('#language-select') }).click()
    await page.locator('.rs__option', { hasText: 'Français' }).click()
    const nav = page.locator('nav')
    await nav.getByText(french.group, { exact: true }).first().waitFor()
    await snap(page, 'fr-01-account-language')

    await openAdminPage(page, `${server.url}/admin`)
    for (const label of [
      french.articlesPlural,
      french.faqsPlural,
      french.testimonialsPlural,
      french.galleriesPlural,
      french.practitionersPlural,
      french.topicsPlural,
      french.consentsPlural,
      french.mediaPlural,
    ]) {
      await expect(nav.getByText(label, { exact: true }).count()).resolves.toBe(1)
    }
    const panel = page.locator('.smp-dashboard')
    await panel.getByRole('heading', { name: french.dashboardTitle }).waitFor()
    await panel.getByRole('link', { name: french.galleriesPlural }).waitFor()
    await snap(page, 'fr-02-dashboard')
  },
)

browserTest(
  "a gallery's list and edit view speak French, and publishing it without consent shows the French reason beside the Consentement field",
  () => page,
  async () => {
    const { body, status } = await createGallery(
      editor,
      { _status: 'draft', title: 'Densité du vertex, client F' },
      '?draft=true',
    )
    expect(status).toBe(201)

    await openAdminPage(page, `${server.url}/admin/collections/before-after-galleries`)
    await page.getByRole('heading', { name: french.galleriesPlural }).first().waitFor()
    const row = page.locator('tr', { hasText: 'Densité du vertex, client F' })
    await row
      .locator('[data-consent-state="missing"]', { hasText: french.consentStateMissing })
      .waitFor()
    await page.locator('.smp-badge', { hasText: french.fieldSample }).first().waitFor()
    await snap(page, 'fr-03-gallery-list')

    await openAdminPage(
      page,
      `${server.url}/admin/collections/before-after-galleries/${body.doc.id}`,
    )
    expect(await fieldLabel('title')).toContain(french.galleryTitle)
    expect(await fieldLabel('treatmentType')).toContain(french.galleryTreatment)
    expect(await fieldLabel('consent')).toContain(french.fieldConsent)
    await page.getByText(french.galleryPairsDescription).waitFor()
    const comparison = page.locator('.smp-comparison')
    await comparison.getByText(french.galleryBefore, { exact: true }).waitFor()
    await comparison.getByText(french.galleryComparisonViewFront).waitFor()
    await page
      .locator('.smp-consent-state')
      .getByText(french.fieldConsentStateDescription)
      .waitFor()

    await page.getByRole('button', { name: 'Publier les modifications' }).click()
    await page.locator('#field-consent').getByText(french.consentBlocksMissing).waitFor()
    await snap(page, 'fr-04-gallery-needs-consent')
    const published = await editor.get(
      `/api/before-after-galleries/${body.doc.id}?depth=0&draft=false`,
    )
    expect(published.body._status).toBe('draft')
  },
)
