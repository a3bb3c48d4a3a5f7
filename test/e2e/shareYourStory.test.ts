import type { Browser, Page } from 'playwright-core'

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { devAdmin } from '../../dev/ensureFirstUser.js'
import { ApiClient } from '../helpers/apiClient.js'
import { png } from '../helpers/fixtures.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtpInbox.js'
import {
  accessibilityViolations,
  browserTest,
  launchBrowser,
  logIn,
  openAdminPage,
  openPage,
  snap,
} from './browser.js'
import { type DevServer, startDevServer } from './devServer.js'

/**
 * A client's story from the site's form to publication and back, in Chromium against the dev
 * server: the visitor submits with photos and signs; confirms from the e-mail (a real SMTP server
 * on loopback receives it); an editor approves in the admin and the site shows it with its
 * disclosures; the visitor revokes from the e-mail and the photos answer 403 at once.
 */
let server: DevServer
let inbox: SmtpInbox
let browser: Browser
let page: Page
let editor: ApiClient
const clockDir = mkdtempSync(path.join(tmpdir(), 'smp-story-clock-'))
const clockFile = path.join(clockDir, 'offset')

beforeAll(async () => {
  inbox = await startSmtpInbox()
  writeFileSync(clockFile, '0')
  server = await startDevServer({
    env: {
      SMP_CLOCK_FILE: clockFile,
      SMTP_URL: inbox.url,
      SUBMISSIONS_NOTIFY: 'front-desk@clinic.test',
    },
  })
  editor = await new ApiClient(server.url).login(devAdmin.email, devAdmin.password)
  browser = await launchBrowser()
  page = await openPage(browser)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  await inbox?.close()
  rmSync(clockDir, { force: true, recursive: true })
})

const linkIn = (text: string, action: 'confirm' | 'revoke') =>
  new RegExp(`https?://\\S+/smp-clinic/submissions/${action}\\?token=[\\w%-]+`).exec(text)![0]

browserTest(
  'a visitor shares a story with photos, confirms it, an editor approves it, and the visitor revokes it',
  () => page,
  async () => {
    // The seeded practitioners are samples, never public: the clinic's own, to be chosen.
    const practitioner = await editor.rest('POST', '/api/practitioners', {
      _status: 'published',
      name: 'Alex Rivera',
      title: 'SMP practitioner',
    })
    expect(practitioner.status).toBe(201)
    // The form, as a visitor meets it.
    await page.goto(`${server.url}/share-your-story`)
    await page.getByRole('button', { name: 'Send my story' }).waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
    await page.fill(
      '#story',
      'After three sessions my scalp looks like a fresh buzz cut and I stopped wearing hats.',
    )
    await page.selectOption('#rating', '5')
    await page.selectOption('#treatment', 'hairline')
    const practitionerId = String(practitioner.body.doc.id)
    await page
      .locator(`#practitioner option[value="${practitionerId}"]`)
      .waitFor({ state: 'attached' })
    await page.selectOption('#practitioner', practitionerId)
    const before = png()
    const after = png('sparse')
    await page.setInputFiles('#before', {
      buffer: before.data,
      mimeType: 'image/png',
      name: 'before.png',
    })
    await page.setInputFiles('#after', {
      buffer: after.data,
      mimeType: 'image/png',
      name: 'after.png',
    })
    await page.getByLabel('These photos are of me and are not edited.').check()
    await page.fill('#name', 'Riley Morgan')
    await page.fill('#email', 'riley@example.test')
    await page.getByRole('radio', { name: 'Full name' }).check()
    await page.getByRole('radio', { name: 'Shown' }).check()
    await page.fill('#expiresAt', '2031-06-30')
    for (const statement of await page.locator('input[name="statements"]').all()) {
      await statement.check()
    }
    await page.fill('#signature', 'Riley Morgan')
    await snap(page, 'story-01-form')
    // A person takes time to read the authorization: the server's clock moves on by that much.
    writeFileSync(clockFile, '20000')
    await page.getByRole('button', { name: 'Send my story' }).click()
    await page
      .getByRole('status')
      .getByText('We sent a confirmation link to riley@example.test')
      .waitFor()
    await snap(page, 'story-02-sent')

    // Stored, private: nothing public yet.
    const submissions = (
      await editor.get('/api/smp-submissions?where[email][equals]=riley@example.test&depth=1')
    ).body.docs
    expect(submissions).toHaveLength(1)
    const submission = submissions[0]
    expect(submission.status).toBe('new')
    const gallery = (
      await editor.get(`/api/before-after-galleries/${submission.gallery.id}?draft=true&depth=1`)
    ).body
    const photos: string[] = [gallery.pairs[0].before.url, gallery.pairs[0].after.url]
    for (const url of photos) {
      expect((await fetch(new URL(url, server.url))).status).toBe(403)
    }

    // The e-mail's confirm link: a page, then its button.
    const mail = await inbox.to('riley@example.test')
    await page.goto(linkIn(mail.text, 'confirm'))
    await page.getByRole('button', { name: 'Confirm my e-mail address' }).click()
    await page.getByRole('heading', { name: /Your e-mail address is confirmed/ }).waitFor()
    expect((await inbox.to('front-desk@clinic.test')).text).toContain('Riley Morgan')

    // The editor approves in the admin.
    await logIn(page, server.url, devAdmin.email, devAdmin.password)
    await openAdminPage(page, `${server.url}/admin/collections/smp-submissions/${submission.id}`)
    await page.locator('#field-status .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Approved' }).click()
    await page.locator('#field-reason .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Matched to an appointment' }).click()
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Updated successfully').first().waitFor()
    await snap(page, 'story-03-approved')

    // Published on the practitioner's page, with what must be shown beside it.
    const { slug } = practitioner.body.doc
    await page.goto(`${server.url}/practitioners/${slug}`)
    const card = page.locator('figure', { hasText: 'I stopped wearing hats' })
    await card.waitFor()
    expect(await card.textContent()).toContain('Riley Morgan')
    expect(await card.textContent()).toContain('Individual results vary')
    // Matched to an appointment: the badge, and a list that says it holds all of them.
    expect(await card.textContent()).toContain('Verified client')
    expect(await page.locator('.testimonials__label').textContent()).toBe(
      'All 1 published testimonial about Alex Rivera, whatever their rating.',
    )
    for (const url of photos) {
      expect((await fetch(new URL(url, server.url))).status).toBe(200)
    }
    await snap(page, 'story-04-published')

    // The visitor revokes from the same e-mail: the photos are private at once.
    await page.goto(linkIn(mail.text, 'revoke'))
    await page.getByRole('button', { name: 'Revoke my authorization now' }).click()
    await page.getByRole('heading', { name: /Your authorization is revoked/ }).waitFor()
    const revokedAt = Date.now()
    for (const url of photos) {
      expect((await fetch(new URL(url, server.url))).status).toBe(403)
    }
    expect(Date.now() - revokedAt).toBeLessThan(2000)
    await page.goto(`${server.url}/practitioners/${slug}`)
    expect(await page.locator('figure', { hasText: 'I stopped wearing hats' }).count()).toBe(0)
  },
)

browserTest(
  'an editor imports a Trustpilot export and adds the Google place in the admin; the site shows both attributed',
  () => page,
  async () => {
    // Signed in already when the story's test ran first.
    await page.goto(`${server.url}/admin`)
    if (page.url().includes('/admin/login')) {
      await logIn(page, server.url, devAdmin.email, devAdmin.password)
    }
    await openAdminPage(page, `${server.url}/admin/collections/smp-external-reviews`)
    const csv = [
      'Review Created (UTC),Review Consumer User,Review Title,Review Content,Review Stars,Review Link',
      '2026-03-02 10:15:00,Sam Ortiz,Natural hairline,"Subtle, and nobody notices.",5,https://www.trustpilot.com/reviews/e2e-1',
      '2026-04-11 08:00:00,Lee K.,Took a while,"Three sessions; the second was sore.",2,https://www.trustpilot.com/reviews/e2e-2',
    ].join('\n')
    await page.setInputFiles('.smp-import-reviews input[name="file"]', {
      buffer: Buffer.from(csv),
      mimeType: 'text/csv',
      name: 'trustpilot.csv',
    })
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByText('Imported 2 of 2 (0 already there).').waitFor()
    await page.locator('.table').getByText('Sam Ortiz').waitFor()
    await snap(page, 'reviews-01-imported')

    // The Google place, through the collection's own form: only its id is kept.
    await openAdminPage(page, `${server.url}/admin/collections/smp-external-reviews/create`)
    await page.locator('#field-platform .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Google' }).click()
    await page.locator('#field-kind .rs__control').click()
    await page.locator('.rs__option', { hasText: 'profile' }).click()
    await page.fill('#field-profileId', 'ChIJe2ePlaceId')
    await page.getByRole('button', { name: 'Save' }).click()
    await page
      .getByText(/successfully/)
      .first()
      .waitFor()

    await page.goto(`${server.url}/testimonials`)
    const section = page.locator('section', { hasText: 'Reviews on other sites' })
    await section.waitFor()
    expect(await section.locator('p.meta').first().textContent()).toBe(
      'All 2 reviews imported from other sites, whatever their rating, as they were posted.',
    )
    const sam = section.locator('figure', { hasText: 'Sam Ortiz' })
    expect(await sam.textContent()).toContain('Subtle, and nobody notices.')
    const attribution = sam.getByRole('link', { name: 'Review from Trustpilot' })
    expect(await attribution.getAttribute('href')).toBe('https://www.trustpilot.com/reviews/e2e-1')
    expect(await section.locator('figure', { hasText: 'Lee K.' }).textContent()).toContain('2 of 5')
    const google = section.getByRole('link', { name: 'Reviews on Google' })
    expect(await google.getAttribute('href')).toBe(
      'https://search.google.com/local/reviews?placeid=ChIJe2ePlaceId',
    )
    expect(await accessibilityViolations(page)).toEqual([])
    await snap(page, 'reviews-02-site')
  },
)
