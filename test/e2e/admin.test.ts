import type { Browser, Page } from 'playwright-core'

import { createServer, type Server } from 'node:http'
import { type AddressInfo } from 'node:net'

import { devAdmin } from '../../dev/ensureFirstUser.js'
import { placeholderPng } from '../../src/internal.js'
import { ApiClient } from '../helpers/apiClient.js'
import { signatureHeader, verifyWebhook } from '../../src/exports/webhooks.js'
import { createConsent } from '../helpers/fixtures.js'
import {
  browserTest,
  clickUntil,
  eventually,
  launchBrowser,
  logIn,
  openAdminPage,
  openPage,
  snap,
} from './browser.js'
import { type DevServer, startDevServer } from './devServer.js'

/**
 * Editors in a real browser (Debian's Chromium) against the dev server: `npm run test:e2e`.
 * Screenshots of each step land in test-results/e2e/.
 */
let server: DevServer
let frontend: Server
let frontendURL: string
let browser: Browser
let page: Page
let editor: ApiClient
const webhookSecret = 'e2e-webhook-secret'
const deliveries: {
  body: { collection: string; docId: string; event: string }
  key: string
  verified: boolean
}[] = []

const publicDocs = async (collection: string, query = '') =>
  (await (await fetch(`${server.url}/api/${collection}?depth=0${query}`)).json()).docs as Record<
    string,
    any
  >[]

beforeAll(async () => {
  // A stand-in for the host's frontend, for live preview to load and webhooks to reach.
  frontend = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/revalidate') {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        const header = req.headers[signatureHeader.toLowerCase()] as string | undefined
        deliveries.push({
          body: JSON.parse(body),
          key: String(req.headers['idempotency-key']),
          verified: verifyWebhook({ body, header: header ?? null, secret: webhookSecret }),
        })
        res.writeHead(204).end()
      })
      return
    }
    res.setHeader('content-type', 'text/html')
    res.end(`<!doctype html><h1>Frontend preview of ${req.url}</h1>`)
  })
  await new Promise<void>((resolve) => frontend.listen(0, '127.0.0.1', resolve))
  frontendURL = `http://127.0.0.1:${(frontend.address() as AddressInfo).port}`
  server = await startDevServer({
    env: {
      FRONTEND_URL: frontendURL,
      WEBHOOK_SECRET: webhookSecret,
      WEBHOOK_URL: `${frontendURL}/revalidate`,
    },
  })
  editor = await new ApiClient(server.url).login(devAdmin.email, devAdmin.password)
  browser = await launchBrowser()
  page = await openPage(browser)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  frontend?.close()
})

browserTest(
  'the seeded admin logs in, finds every clinic collection, and the dashboard panel counts content',
  () => page,
  async () => {
    await logIn(page, server.url, devAdmin.email, devAdmin.password)
    await page.getByRole('heading', { name: 'Clinic', exact: true }).waitFor()
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
    const panel = page.locator('.smp-dashboard')
    const count = (collection: string, kind: string) =>
      panel.locator(`[data-collection="${collection}"] [data-count="${kind}"]`).innerText()
    expect(await count('faqs', 'published')).toBe(String((await publicDocs('faqs')).length))
    const drafts = await editor.get('/api/testimonials?where[_status][equals]=draft&limit=0')
    expect(await count('testimonials', 'drafts')).toBe(String(drafts.body.totalDocs))
    // The seeded sample testimonials have no consent, so every one of them is blocked.
    expect(await count('testimonials', 'blocked')).toBe(String(drafts.body.totalDocs))
    await snap(page, '01-dashboard')
  },
)

browserTest(
  'an editor writes an article with a heading and a list, publishes it, the API serves it, and live preview shows the frontend',
  () => page,
  async () => {
    await openAdminPage(page, `${server.url}/admin/collections/articles/create`)
    await page.fill('#field-title', 'Aftercare in the first week')
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.type('## What to avoid')
    await page.keyboard.press('Enter')
    await page.keyboard.type('- Swimming')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Direct sun')
    await snap(page, '02-article-editing')
    await page.getByRole('button', { name: 'Save Draft' }).click()
    // Saving the new draft moves the editor to the document's own URL.
    await page.waitForURL(/\/admin\/collections\/articles\/[^/]+$/)
    expect(
      await eventually(() => page.inputValue('#field-slug'), 'aftercare-in-the-first-week'),
    ).toBe('aftercare-in-the-first-week')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    const query = '&where[slug][equals]=aftercare-in-the-first-week'
    expect(await eventually(async () => (await publicDocs('articles', query)).length, 1)).toBe(1)
    await snap(page, '03-article-published')

    const [article] = await publicDocs('articles', query)
    const types = article!.body.root.children.map((node: { type: string }) => node.type)
    expect(types).toEqual(expect.arrayContaining(['heading', 'list']))
    expect(article!.tableOfContents.map((entry: { text: string }) => entry.text)).toEqual([
      'What to avoid',
    ])

    await page.locator('.live-preview-toggler').click()
    const frame = page.frameLocator('iframe')
    await frame.getByText('Frontend preview of /articles/aftercare-in-the-first-week').waitFor()
    await snap(page, '04-article-live-preview')
    // Live preview is remembered per editor; close it so the next documents open without it.
    await page.locator('.live-preview-toggler').click()
    await page.locator('iframe').waitFor({ state: 'hidden' })
    await page.waitForLoadState('networkidle')
  },
)

browserTest(
  'an editor builds a gallery pair by uploading two photos and sees them side by side',
  () => page,
  async () => {
    await openAdminPage(page, `${server.url}/admin/collections/before-after-galleries/create`)
    await page.fill('#field-title', 'Crown density, client C')
    await clickUntil(
      page.getByRole('button', { name: 'Add Pair' }),
      page.locator('#field-pairs__0__before'),
    )
    for (const [side, density] of [
      ['before', 'sparse'],
      ['after', 'dense'],
    ] as const) {
      await page.locator(`#field-pairs__0__${side} .upload__createNewToggler`).click()
      const drawer = page.locator('.drawer--is-open').last()
      await drawer.locator('input[type="file"]').setInputFiles({
        buffer: placeholderPng({ density, height: 480, width: 480 }),
        mimeType: 'image/png',
        name: `crown-${side}.png`,
      })
      await drawer.locator('#field-alt').fill(`Crown, ${side} treatment`)
      await drawer.locator('#action-save').click()
      await page.locator(`#field-pairs__0__${side}`).getByText(`crown-${side}`).waitFor()
    }
    const comparison = page.locator('.smp-comparison')
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLImageElement>('.smp-comparison img')].filter(
          (image) => image.complete && image.naturalWidth > 0,
        ).length === 2,
    )
    expect(
      await comparison
        .locator('img')
        .evaluateAll((images) => images.map((i) => (i as HTMLImageElement).alt)),
    ).toEqual(['Crown, before treatment', 'Crown, after treatment'])
    await snap(page, '05-gallery-comparison')

    await page.getByRole('button', { name: 'Save Draft' }).click()
    await page.waitForURL(/\/admin\/collections\/before-after-galleries\/[^/]+$/)
    await openAdminPage(page, `${server.url}/admin/collections/before-after-galleries`)
    const row = page.locator('tr', { hasText: 'Crown density, client C' })
    await row.locator('[data-consent-state="missing"]').waitFor()
    // The seeded galleries are marked as samples; the editor's own is not.
    expect(await row.locator('.smp-badge', { hasText: 'Sample' }).count()).toBe(0)
    expect(
      await page
        .locator('tr', { hasText: 'Sample:' })
        .first()
        .locator('.smp-badge')
        .allInnerTexts(),
    ).toEqual(['Missing', 'Sample'])
    await snap(page, '06-gallery-list')
  },
)

browserTest(
  'publishing a testimonial without consent shows the reason beside the field; with a valid consent it goes live',
  () => page,
  async () => {
    await createConsent(editor, { subject: 'J. D., signed in clinic' })
    await openAdminPage(page, `${server.url}/admin/collections/testimonials/create`)
    await page.fill('#field-clientName', 'J. D.')
    await page.fill('#field-quote', 'It looks like my own hair.')
    const message = page.getByText('A signed consent is required before this can be published.')
    // A click that lands before the form has hydrated does nothing: click until it answers.
    await clickUntil(page.getByRole('button', { name: 'Publish changes' }), message.first())
    await snap(page, '07-testimonial-needs-consent')
    expect(await publicDocs('testimonials')).toHaveLength(0)

    await page.locator('#field-consent .rs__control').click()
    await page.locator('.rs__option', { hasText: 'J. D., signed in clinic' }).click()
    await page.getByRole('button', { name: 'Publish changes' }).click()
    const published = await eventually(
      async () => (await publicDocs('testimonials')).map((doc) => doc.clientName),
      ['J. D.'],
    )
    expect(published).toEqual(['J. D.'])
    await page.locator('.smp-consent-state [data-consent-state="valid"]').waitFor()
    await snap(page, '08-testimonial-published-with-consent')
  },
)

browserTest(
  'dragging an FAQ above another changes the order the public API returns',
  () => page,
  async () => {
    const before = (await publicDocs('faqs')).map((faq) => faq.question)
    await openAdminPage(page, `${server.url}/admin/collections/faqs`)
    const handles = page.locator('.cell-_dragHandle')
    await handles.nth(1).waitFor()
    const from = (await handles.nth(1).boundingBox())!
    const to = (await handles.nth(0).boundingBox())!
    const reordered = page.waitForResponse((response) => response.url().includes('/api/reorder'))
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 5 })
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 5, { steps: 20 })
    await page.mouse.up()
    expect((await reordered).status()).toBe(200)
    await snap(page, '09-faqs-reordered')
    const expected = [before[1], before[0], ...before.slice(2)]
    expect(
      await eventually(async () => (await publicDocs('faqs')).map((faq) => faq.question), expected),
    ).toEqual(expected)
  },
)

browserTest(
  'an editor replays a webhook delivery from its page; the site receives it again, signed, with the same key',
  () => page,
  async () => {
    const { body } = await editor.rest('POST', '/api/topics', {
      _status: 'published',
      name: 'Replayed topic',
    })
    const isOurs = (delivery: (typeof deliveries)[number]) =>
      delivery.body.collection === 'topics' && delivery.body.docId === String(body.doc.id)
    expect(await eventually(async () => deliveries.filter(isOurs).length, 1)).toBe(1)
    const [first] = deliveries.filter(isOurs)
    expect(first!.verified).toBe(true)
    const logged = await editor.get(
      `/api/smp-webhook-deliveries?where[documentId][equals]=${body.doc.id}&where[collectionSlug][equals]=topics`,
    )
    expect(logged.body.docs).toHaveLength(1)
    await openAdminPage(
      page,
      `${server.url}/admin/collections/smp-webhook-deliveries/${logged.body.docs[0].id}`,
    )
    await page.getByRole('button', { name: 'Replay delivery' }).click()
    await page.getByRole('status').getByText('Queued').waitFor()
    await snap(page, '10-webhook-replayed')
    expect(await eventually(async () => deliveries.filter(isOurs).length, 2)).toBe(2)
    const replayed = deliveries.filter(isOurs)[1]!
    expect([replayed.verified, replayed.key, replayed.body.event]).toEqual([
      true,
      first!.key,
      'publish',
    ])
  },
)

browserTest(
  'an editor keeps the clinic’s details in Clinic settings: a wrong value is explained beside its field, and what is saved is public',
  () => page,
  async () => {
    await openAdminPage(page, `${server.url}/admin/globals/clinic-settings`)
    // Typing that lands while the form is still hydrating is reset by its first render: type both
    // values again (from empty, so the form counts them as changes) and save, until both are
    // explained (at most three times).
    for (let attempt = 1; ; attempt++) {
      for (const [field, value] of [
        ['#field-telephone', 'call us'],
        ['#field-address__addressCountry', 'Canada'],
      ] as const) {
        await page.fill(field, '')
        await page.fill(field, value)
      }
      await page.getByRole('button', { name: 'Save' }).click()
      try {
        for (const explanation of [
          'Write the number with digits',
          'Use the two-letter country code',
        ]) {
          await page
            .getByText(explanation)
            .first()
            .waitFor({ timeout: attempt === 3 ? 60_000 : 30_000 })
        }
        break
      } catch (error) {
        if (attempt === 3) {
          throw error
        }
      }
    }
    await snap(page, '11-clinic-settings-errors')
    const read = async () =>
      (await (await fetch(`${server.url}/api/globals/clinic-settings`)).json()) as Record<
        string,
        any
      >
    expect((await read()).telephone ?? null).toBeNull()

    await page.fill('#field-telephone', '+1 512 555 0100')
    await page.fill('#field-address__addressCountry', 'CA')
    await page.getByRole('button', { name: 'Save' }).click()
    expect(await eventually(async () => (await read()).telephone, '+1 512 555 0100')).toBe(
      '+1 512 555 0100',
    )
    const clinic = JSON.parse((await read()).jsonLd)['@graph'].find(
      (node: { '@type': string }) => node['@type'] === 'MedicalClinic',
    )
    expect(clinic).toMatchObject({
      address: { addressCountry: 'CA' },
      telephone: '+1 512 555 0100',
    })
    await snap(page, '12-clinic-settings-saved')
  },
)
