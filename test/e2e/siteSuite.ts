import type { Browser, Page } from 'playwright-core'

import { signatureFor, signatureHeader } from '../../src/internal.js'
import { ApiClient } from '../helpers/apiClient.js'
import {
  createConsent,
  createGallery,
  createImage,
  createTestimonial,
} from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { writeFileSync } from 'node:fs'

import {
  accessibilityViolations,
  browserTest,
  eventually,
  launchBrowser,
  logIn,
  openAdminPage,
  openPage,
  snap,
} from './browser.js'
import { type DevServer } from './devServer.js'
import { htmlErrors } from './outsideChecks.js'

/**
 * The reference site in dev/app/(site), served beside the admin and reading the public GraphQL
 * API only: each page in Chromium with the seeded content, its structured data, and changes made
 * in the CMS showing on the site within 2 seconds through the signed webhook. Registered by
 * site.test.ts (development) and production.test.ts (the production build); screenshots land in
 * test-results/e2e/ with `shots` in their names.
 */
export const describeSite = (
  name: string,
  context: () => {
    editor: { email: string; password: string }
    /**
     * The server's `PREVIEW_SECRET` and `WEBHOOK_SECRET`.
     */
    secrets: { preview: string; webhook: string }
    server: DevServer
  },
  {
    clockFile,
    shots,
  }: {
    /**
     * The server's `SMP_CLOCK_FILE`, for reaching a consent's expiry (the production build
     * refuses a movable clock, so only the development server has one).
     */
    clockFile?: string
    shots: string
  },
) =>
  describe(name, () => {
    const articleSlug = 'scalp-micropigmentation-a-solution-for-hair-loss'
    let server: DevServer
    let browser: Browser
    let page: Page
    let editor: ApiClient
    let login: { email: string; password: string }
    let secrets: { preview: string; webhook: string }

    beforeAll(async () => {
      const { editor: account, secrets: given, server: started } = context()
      server = started
      login = account
      secrets = given
      editor = await new ApiClient(server.url).login(login.email, login.password)
      browser = await launchBrowser()
      page = await openPage(browser)
    })
    afterAll(async () => {
      await browser?.close()
    })

    /**
     * Every page the suite visits is photographed and checked with axe-core: no serious or
     * critical violation.
     */
    const shot = async (order: number, what: string) => {
      await snap(page, `${order}-${shots}-${what}`)
      expect([what, await accessibilityViolations(page)]).toEqual([what, []])
    }

    const html = async (path: string) => (await fetch(`${server.url}${path}`)).text()

    /**
     * Reads `read` every 100 ms until `done` holds of it or `ms` pass; returns whether it held
     * and how long it took.
     */
    const within = async <T>(ms: number, read: () => Promise<T>, done: (value: T) => boolean) => {
      const started = Date.now()
      for (;;) {
        if (done(await read())) {
          return { elapsed: Date.now() - started, held: true }
        }
        if (Date.now() - started > ms) {
          return { elapsed: Date.now() - started, held: false }
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }

    /**
     * Readers hammering each of `paths` (three each, back to back) from now until `until`; for
     * each path, how long after `from` the last request was sent whose answer still `shows` (0
     * when none was after `from`): a visitor who asks later than that does not see it. (A page
     * asked for before the change may render it, and arrive, later still.) A page that shows the
     * content again after losing it counts from its last showing, so a flapping cache is caught.
     */
    const hammer = async (
      paths: string[],
      shows: (text: string) => boolean,
      from: number,
      until: number,
    ) => {
      const lastShown = new Map(paths.map((path) => [path, from]))
      const reader = async (path: string) => {
        while (Date.now() < until) {
          const sent = Date.now()
          if (shows(await html(path))) {
            lastShown.set(path, Math.max(lastShown.get(path)!, sent))
          }
        }
      }
      await Promise.all(paths.flatMap((path) => [reader(path), reader(path), reader(path)]))
      return Object.fromEntries(paths.map((path) => [path, lastShown.get(path)! - from]))
    }

    /**
     * Every address a stored image is served at: the file and each of its sizes.
     */
    const addressesOf = (image: { sizes?: unknown; url?: unknown }) => [
      image.url as string,
      ...Object.values((image.sizes ?? {}) as Record<string, { url?: null | string }>).flatMap(
        (size) => (size?.url ? [size.url] : []),
      ),
    ]

    /**
     * Every `@type` named anywhere in a JSON-LD value.
     */
    const typesIn = (value: unknown): string[] => {
      if (Array.isArray(value)) {
        return value.flatMap(typesIn)
      }
      if (typeof value !== 'object' || value === null) {
        return []
      }
      const own = (value as Record<string, unknown>)['@type']
      return [
        ...(typeof own === 'string' ? [own] : Array.isArray(own) ? own.map(String) : []),
        ...Object.values(value).flatMap(typesIn),
      ]
    }

    /**
     * The page's JSON-LD scripts, all in the document head, each parsed, with the types they
     * name: never a review or rating the clinic wrote about itself.
     */
    const structuredTypes = async () => {
      await expect(page.locator('body script[type="application/ld+json"]').count()).resolves.toBe(0)
      const scripts = await page
        .locator('head > script[type="application/ld+json"]')
        .allTextContents()
      const types = scripts.flatMap((text) => typesIn(JSON.parse(text)))
      expect(types).not.toContain('Review')
      expect(types).not.toContain('AggregateRating')
      return types
    }

    browserTest(
      'the accessibility check finds what it is there to find',
      () => page,
      async () => {
        // A control with no name and an image with no text: both serious or critical in axe-core.
        await page.setContent(
          '<html lang="en"><head><title>Planted</title></head><body><main><img src="data:,"><button></button></main></body></html>',
        )
        const found = await accessibilityViolations(page)
        expect(found.map((line) => line.split(' ')[0])).toEqual(
          expect.arrayContaining(['button-name', 'image-alt']),
        )
      },
    )

    browserTest(
      'the home page lists the seeded article, leaves out what is not published yet, and says what the site is',
      () => page,
      async () => {
        await page.goto(`${server.url}/`)
        await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
          'SMP Clinic',
        )
        await page
          .getByRole('link', { name: 'Scalp Micropigmentation: A Solution for Hair Loss' })
          .waitFor()
        // A fresh install publishes no testimonial, gallery or practitioner (samples never are):
        // their sections are left out, not shown empty.
        await expect(page.locator('.empty').count()).resolves.toBe(0)
        for (const heading of ['What clients say', 'Results', 'Our practitioners']) {
          await expect(
            page.getByRole('heading', { level: 2, name: heading }).count(),
          ).resolves.toBe(0)
        }
        await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' })
        const meta = async (selector: string) =>
          page.locator(selector).first().getAttribute('content')
        // Next writes the site's root without its slash; both name the same address.
        const absolute = (href: null | string) => (href ? new URL(href).href : href)
        await expect(
          page.locator('link[rel="canonical"]').getAttribute('href').then(absolute),
        ).resolves.toBe(`${server.url}/`)
        await expect(meta('meta[property="og:url"]').then(absolute)).resolves.toBe(`${server.url}/`)
        await expect(meta('meta[property="og:site_name"]')).resolves.toBe('SMP Clinic')
        const types = await structuredTypes()
        expect(types).toEqual(expect.arrayContaining(['WebSite', 'MedicalClinic']))
        await page.setViewportSize({ height: 844, width: 390 })
        await shot(20, 'home-390')
        await page.setViewportSize({ height: 900, width: 1280 })
        await shot(20, 'home-1280')
      },
    )

    test("the clinic's name, contact details and booking link, kept in the admin, show on every page within 2 seconds", async () => {
      const settings = {
        // Spaces around it are not part of the name, here as in the structured data.
        name: '  Austin Scalp Studio ',
        address: { addressCountry: 'US', addressLocality: 'Austin', streetAddress: '1 Main St' },
        bookingUrl: 'https://booking.example/clinic',
        // A row given twice is shown once.
        openingHours: [
          { closes: '18:00', days: ['Monday'], opens: '09:00' },
          { closes: '18:00', days: ['Monday'], opens: '09:00' },
        ],
        telephone: '  +1 512 555 0100 ',
      }
      const saved = await editor.rest('POST', '/api/globals/clinic-settings', settings)
      expect(saved.status).toBe(200)
      try {
        for (const path of ['/', '/faq', `/articles/${articleSlug}`]) {
          const shown = await within(
            2_000,
            () => html(path),
            (text) =>
              text.includes('href="tel:+15125550100"') &&
              text.includes('href="https://booking.example/clinic"') &&
              text.includes('1 Main St') &&
              // The title, og:site_name and header follow the name, as the JSON-LD does.
              /<title>[^<]*Austin Scalp Studio<\/title>/.test(text) &&
              text.includes('<meta property="og:site_name" content="Austin Scalp Studio"/>'),
          )
          expect([path, shown.held]).toEqual([path, true])
        }
        const home = await html('/')
        expect(home).toContain('"telephone":"+1 512 555 0100"')
        expect(home).toContain('<h1>Austin Scalp Studio</h1>')
        // Trimmed as the structured data trims it, and kept on one line.
        expect(home).toContain('>+1\u00a0512\u00a0555\u00a00100</a>')
        expect(home.split('<span>Mon 09:00–18:00</span>').length - 1).toBe(1)
      } finally {
        await editor.rest('POST', '/api/globals/clinic-settings', {
          name: null,
          address: {},
          bookingUrl: null,
          openingHours: [],
          telephone: null,
        })
      }
    })

    browserTest(
      'the article shows its 15 headings, each linked from the table of contents, with references and structured data',
      () => page,
      async () => {
        await page.goto(`${server.url}/articles/${articleSlug}`)
        const links = page.locator('nav.toc a')
        await expect(links.count()).resolves.toBe(15)
        const anchors = (
          await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))
        ).map((href) => href!.replace(/^#/, ''))
        const headingIds = await page
          .locator('.article__body :is(h2, h3, h4)[id]')
          .evaluateAll((all) => all.map((heading) => heading.id))
        expect(headingIds).toEqual(anchors)
        await links.nth(9).click()
        await page.waitForURL(`**/articles/${articleSlug}#${anchors[9]}`)
        await expect(page.locator(`[id="${anchors[9]}"]`).isVisible()).resolves.toBe(true)
        await page.getByRole('heading', { name: 'References' }).waitFor()
        // Citation markers in the text link to their references.
        const citations = await page
          .locator('.article__body a[href^="#ref-"]')
          .evaluateAll((all) => all.map((a) => a.getAttribute('href')))
        expect(citations.length).toBeGreaterThan(0)
        for (const href of new Set(citations)) {
          await expect(page.locator(`[id="${href!.slice(1)}"]`).count()).resolves.toBe(1)
        }
        await expect(page.title()).resolves.toContain('Scalp Micropigmentation')
        await expect(
          page.locator('meta[property="og:title"]').getAttribute('content'),
        ).resolves.toBeTruthy()
        await expect(
          page.locator('meta[property="og:type"]').getAttribute('content'),
        ).resolves.toBe('article')
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
        expect(canonical).toMatch(new RegExp(`/articles/${articleSlug}$`))
        await expect(page.locator('meta[property="og:url"]').getAttribute('content')).resolves.toBe(
          canonical,
        )
        await expect(
          page.locator('meta[property="og:site_name"]').getAttribute('content'),
        ).resolves.toBe('SMP Clinic')
        const types = await structuredTypes()
        expect(types).toEqual(expect.arrayContaining(['MedicalWebPage', 'Article']))
        // schema.org's Physician is a business; nobody is reviewed unless an editor said so.
        expect(types).not.toContain('Physician')
        const scripts = await page
          .locator('head > script[type="application/ld+json"]')
          .allTextContents()
        expect(scripts.join('')).not.toMatch(/lastReviewed|reviewedBy/)
        // Headings that number themselves are not numbered a second time in the contents.
        const firstEntry = await links.first().innerText()
        await expect(page.locator('nav.toc ol').count()).resolves.toBe(
          /^\d/.test(firstEntry) ? 0 : 1,
        )
        // A bullet list's items carry no value (valid only in a numbered list).
        const body = await page.locator('.article__body').innerHTML()
        for (const list of body.match(/<ul\b.*?<\/ul>/gs) ?? []) {
          expect(list).not.toMatch(/<li[^>]*\svalue=/)
        }
        await page.evaluate(() => window.scrollTo(0, 0))
        await shot(21, 'article')
      },
    )

    browserTest(
      'the FAQ page shows the five FAQs in the clinic order, as one FAQPage',
      () => page,
      async () => {
        const { body } = await editor.get(
          '/api/faqs?sort=_order&depth=0&where[_status][equals]=published',
        )
        const questions = (body.docs as { question: string }[]).map(({ question }) => question)
        expect(questions).toHaveLength(5)
        // Settled first: the development server may reload a page it has just compiled.
        await openAdminPage(page, `${server.url}/faq`)
        await expect(page.locator('.faq-list h2').allInnerTexts()).resolves.toEqual(questions)
        expect((await structuredTypes()).filter((type) => type === 'FAQPage')).toHaveLength(1)
        const [script, ...others] = await page
          .locator('head > script[type="application/ld+json"]')
          .allTextContents()
        expect(others).toEqual([])
        const faqPage = (JSON.parse(script!)['@graph'] as Record<string, unknown>[]).find(
          (node) => node['@type'] === 'FAQPage',
        )!
        expect((faqPage.mainEntity as { name: string }[]).map(({ name }) => name)).toEqual(
          questions,
        )
        await shot(22, 'faq')
      },
    )

    browserTest(
      'results and practitioners say they have nothing public yet, and samples stay off the site',
      () => page,
      async () => {
        await page.goto(`${server.url}/results`)
        await page.getByText('No results published yet').waitFor()
        await shot(23, 'results-empty')
        for (const path of [
          '/practitioners/sample-practitioner',
          '/results/sample-hairline-restoration',
        ]) {
          const response = await page.goto(`${server.url}${path}`)
          expect([path, response?.status()]).toEqual([path, 404])
        }
        await shot(24, 'not-found')
        // Any other address gets the same page in the site's layout, not Next's bare one.
        const elsewhere = await page.goto(`${server.url}/nothing/here`)
        expect(elsewhere?.status()).toBe(404)
        await page.getByRole('heading', { name: 'Page not found' }).waitFor()
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
        await shot(24, 'not-found-elsewhere')
      },
    )

    test('pages take GET and HEAD only: a multipart or form POST gets a 405, never a 500', async () => {
      for (const path of ['/', '/results', '/faq', `/articles/${articleSlug}`]) {
        const form = new FormData()
        const multipart = await fetch(`${server.url}${path}`, { body: form, method: 'POST' })
        expect([path, multipart.status, multipart.headers.get('allow')]).toEqual([
          path,
          405,
          'GET, HEAD',
        ])
        const empty = await fetch(`${server.url}${path}`, {
          body: '',
          headers: { 'content-type': 'multipart/form-data; boundary=x' },
          method: 'POST',
        })
        expect([path, empty.status]).toEqual([path, 405])
      }
      expect((await fetch(`${server.url}/`, { method: 'HEAD' })).status).toBe(200)
    })

    test('only the admin asks for client hints; the site answers its first request directly', async () => {
      const home = await fetch(`${server.url}/`, { redirect: 'manual' })
      expect(home.status).toBe(200)
      expect(home.headers.get('accept-ch')).toBeNull()
      expect(home.headers.get('critical-ch')).toBeNull()
      const admin = await fetch(`${server.url}/admin/login`, { redirect: 'manual' })
      expect(admin.headers.get('accept-ch')).toContain('Sec-CH-Prefers-Color-Scheme')
    })

    test('every page, 404s included, is valid HTML (html-validate) and every link and image on it answers', async () => {
      const pages = ['/', '/faq', '/results', `/articles/${articleSlug}`]
      const addresses = new Set<string>()
      for (const path of pages) {
        const text = await html(path)
        expect([path, await htmlErrors(text)]).toEqual([path, []])
        for (const [, address] of text.matchAll(/\s(?:href|src)="([^"#][^"]*)"/g)) {
          const url = new URL(address!.replace(/&amp;/g, '&'), `${server.url}${path}`)
          if (url.origin === new URL(server.url).origin) {
            addresses.add(url.href)
          }
        }
      }
      // A 404, whether its route exists or not, is the site's own document as the server sends it
      // (a crawler runs no script): valid, in a language, with the site's not-found message.
      const variants: [string, Record<string, string>][] = [
        ['/nothing/here', {}],
        ['/articles/no-such-article', {}],
        ['/results/none', {}],
        // A slug that does not decode is no page either (Next alone answers it 500).
        ['/articles/%ff', {}],
        // Only `RSC: 1` asks for router data; these ask for the document.
        ['/articles/no-such-article?_rsc=abc', {}],
        ['/practitioners/nobody', { rsc: '0' }],
      ]
      for (const [path, headers] of variants) {
        const response = await fetch(`${server.url}${path}`, { headers })
        const text = await response.text()
        expect([path, response.status]).toEqual([path, 404])
        // Swapping the body keeps what the server set before Next answered.
        expect([path, response.headers.get('x-request-id')]).toEqual([path, expect.any(String)])
        expect([path, /<html lang="en"/.test(text), text.includes('Page not found')]).toEqual([
          path,
          true,
          true,
        ])
        expect([path, await htmlErrors(text)]).toEqual([path, []])
        // A 404 ignores preconditions: offering its ETag back, or any, still gets the 404.
        for (const offered of [response.headers.get('etag'), '*']) {
          if (offered) {
            const again = await fetch(`${server.url}${path}`, {
              headers: { ...headers, 'if-none-match': offered },
            })
            expect([path, offered, again.status]).toEqual([path, offered, 404])
          }
        }
      }
      // The not-found route itself, by its own name, and router data for a slug that does not
      // decode, are 404s too.
      const named = await fetch(`${server.url}/_not-found`)
      expect(named.status).toBe(404)
      const namedAgain = await fetch(`${server.url}/_not-found`, {
        headers: { 'if-none-match': named.headers.get('etag') ?? '*' },
      })
      expect(namedAgain.status).toBe(404)
      expect((await fetch(`${server.url}/articles/%ff`, { headers: { rsc: '1' } })).status).toBe(
        404,
      )
      // The admin answers such a path 400, not 500.
      expect((await fetch(`${server.url}/admin/%ff`)).status).toBe(400)
      // A page that exists still answers 304 to its own ETag, also among others.
      const faq = await fetch(`${server.url}/faq`)
      const faqEtag = faq.headers.get('etag')
      if (faqEtag) {
        for (const offered of [faqEtag, `"other", ${faqEtag}`]) {
          const cached = await fetch(`${server.url}/faq`, { headers: { 'if-none-match': offered } })
          expect([offered, cached.status]).toEqual([offered, 304])
        }
      }
      expect(addresses.size).toBeGreaterThan(10)
      for (const address of addresses) {
        const response = await fetch(address)
        await response.arrayBuffer()
        expect([address, response.status < 400]).toEqual([address, true])
      }
    })

    test('the site has a favicon', async () => {
      const icon = await fetch(`${server.url}/favicon.ico`)
      expect(icon.status).toBe(200)
      expect(icon.headers.get('content-type')).toMatch(/^image\//)
      expect((await icon.arrayBuffer()).byteLength).toBeGreaterThan(0)
    })

    test('sitemap.xml lists the public pages under the site, and robots.txt points at it', async () => {
      const sitemap = await html('/sitemap.xml')
      expect(sitemap).toContain(`<loc>${server.url}/articles/${articleSlug}</loc>`)
      expect(sitemap).toContain(`<loc>${server.url}/faq</loc>`)
      expect(sitemap).not.toContain('sample-')
      const robots = await html('/robots.txt')
      expect(robots).toContain(`Sitemap: ${server.url}/sitemap.xml`)
      // Images may be crawled (a client's photo says noindex itself); the rest of the API not.
      expect(robots).toMatch(/^Allow: \/api\/media\/file\/$/m)
      expect(robots).toMatch(/^Disallow: \/api$/m)
    })

    test('an FAQ edited in the CMS shows on the site within 2 seconds', async () => {
      const { body } = await editor.get('/api/faqs?sort=_order&depth=0&limit=1')
      const faq = body.docs[0] as { id: number; question: string }
      expect(await html('/faq')).toContain(faq.question)
      const question = `${faq.question} (reworded)`
      const saved = await editor.rest('PATCH', `/api/faqs/${faq.id}`, { question })
      expect(saved.status).toBe(200)
      const shown = await within(
        2000,
        () => html('/faq'),
        (text) => text.includes(question),
      )
      expect(shown).toEqual({ elapsed: expect.any(Number), held: true })
    })

    browserTest(
      'a gallery and a featured testimonial published with a valid consent show on the home, results, gallery and practitioner pages, and within 2 seconds of the revocation the photos are gone from each and answer 403',
      () => page,
      async () => {
        const practitioner = await editor.rest('POST', '/api/practitioners', {
          _status: 'published',
          name: 'Dana Reyes',
          title: 'SMP practitioner',
        })
        expect(practitioner.status).toBe(201)
        const consent = await createConsent(editor)
        const gallery = await createGallery(editor, {
          _status: 'published',
          consent: consent.id,
          practitioner: practitioner.body.doc.id,
        })
        expect(gallery.status).toBe(201)
        const testimonial = await createTestimonial(editor, {
          _status: 'published',
          consent: consent.id,
          featured: true,
          practitioner: practitioner.body.doc.id,
          quote: 'Nobody can tell where my hairline ends and the pigment begins.',
        })
        expect(testimonial.status).toBe(201)
        const { disclaimer, quote } = testimonial.body.doc as { disclaimer: string; quote: string }
        expect(disclaimer).toBeTruthy()
        const pages = [
          '/',
          '/results',
          `/results/${gallery.body.doc.slug}`,
          `/practitioners/${practitioner.body.doc.slug}`,
        ]
        const photos = [gallery.before, gallery.after].flatMap((image) => [
          image.url as string,
          ...Object.values((image.sizes ?? {}) as Record<string, { url?: null | string }>).flatMap(
            (size) => (size?.url ? [size.url] : []),
          ),
        ])
        // The home page teases the after photo; the other pages show the whole pair.
        const shows = (text: string) => photos.some((url) => text.includes(url))
        // A first visit may compile the page on the development server: no time claim here.
        for (const path of pages) {
          await expect(within(60_000, () => html(path), shows)).resolves.toMatchObject({
            held: true,
          })
        }
        // The static results page filters through its query string (a page rendered per request).
        expect(shows(await html('/results?treatment=hairline'))).toBe(true)
        const other = await html('/results?treatment=density&stage=norwood_ii')
        expect(shows(other)).toBe(false)
        expect(other).toContain('No results match these filters')
        await page.goto(`${server.url}/`)
        await page.getByText(quote).waitFor()
        await page.getByText(disclaimer).first().waitFor()
        await shot(25, 'home-with-content')
        const graphs = {
          results: 'ImageGallery',
          gallery: 'ImageGallery',
          practitioner: 'ProfilePage',
        }
        for (const [index, [name, type]] of Object.entries(graphs).entries()) {
          const path = pages[index + 1]!
          await page.goto(`${server.url}${path}`)
          await page.getByText('Before', { exact: true }).first().waitFor()
          expect([path, await structuredTypes()]).toEqual([path, expect.arrayContaining([type])])
          await shot(26 + index, name)
        }
        await page.getByText(quote).waitFor()

        const revoked = await editor.rest('PATCH', `/api/consents/${consent.id}`, {
          revocation: { receivedVia: 'email' },
          revokedAt: new Date().toISOString(),
        })
        expect(revoked.status).toBe(200)
        const started = Date.now()
        for (const path of pages) {
          await expect(
            within(
              2000 - (Date.now() - started),
              () => html(path),
              (text) => !shows(text),
            ),
          ).resolves.toMatchObject({ held: true })
        }
        for (const url of new Set(photos)) {
          expect([url, (await fetch(url)).status]).toEqual([url, 403])
        }
        // With no story public any more, the home page leaves the section out.
        await page.goto(`${server.url}/`)
        await expect(page.getByText(quote).count()).resolves.toBe(0)
        await expect(
          page.getByRole('heading', { level: 2, name: 'What clients say' }).count(),
        ).resolves.toBe(0)
      },
    )

    browserTest(
      'an article published in the admin shows on the home page within 2 seconds',
      () => page,
      async () => {
        const title = 'Washing your scalp after a session'
        // The page is compiled before the clock starts.
        expect(await html('/')).not.toContain(title)
        // The admin's first compile on the development server can outlast a page load's timeout.
        await html('/admin/login')
        await logIn(page, server.url, login.email, login.password)
        await openAdminPage(page, `${server.url}/admin/collections/articles/create`)
        await page.fill('#field-title', title)
        await page.locator('[data-lexical-editor="true"]').first().click()
        await page.keyboard.type('Wait two days before the first wash.')
        await page.getByRole('button', { name: 'Save Draft' }).click()
        await page.waitForURL(/\/admin\/collections\/articles\/[^/]+$/)
        // The saved draft is back in the form (its slug filled in) before it is published.
        const slug = 'washing-your-scalp-after-a-session'
        expect(await eventually(() => page.inputValue('#field-slug'), slug)).toBe(slug)
        await page.getByRole('button', { name: 'Publish changes' }).click()
        const shown = await within(
          2000,
          () => html('/'),
          (text) => text.includes(title),
        )
        expect(shown).toMatchObject({ held: true })
        await page.goto(`${server.url}/`)
        await shot(29, 'home-published')
      },
    )

    test('an article whose slug is longer than a cache tag may be still leaves the site within 2 seconds of being unpublished', async () => {
      const title = `Long ${'word '.repeat(60)}${Date.now()}`
      const created = await editor.rest('POST', '/api/articles', {
        _status: 'published',
        body: richText('A long title.'),
        title,
      })
      expect(created.status).toBe(201)
      const path = `/articles/${created.body.doc.slug as string}`
      expect(path.length).toBeGreaterThan(256)
      await expect(
        within(
          60_000,
          () => html(path),
          (text) => text.includes('A long title.'),
        ),
      ).resolves.toMatchObject({ held: true })
      const unpublished = await editor.rest('PATCH', `/api/articles/${created.body.doc.id}`, {
        _status: 'draft',
      })
      expect(unpublished.status).toBe(200)
      const gone = await within(
        2000,
        () => fetch(`${server.url}${path}`).then((response) => response.status),
        (status) => status === 404,
      )
      expect(gone).toMatchObject({ held: true })
    })

    test("an image's new alt text shows on the page that uses it within 2 seconds, though the page's document was not saved", async () => {
      const image = await createImage(editor, 'A first description')
      const created = await editor.rest('POST', '/api/articles', {
        _status: 'published',
        body: richText('An article with a hero image.'),
        heroImage: image.id,
        title: `Hero image ${Date.now()}`,
      })
      expect(created.status).toBe(201)
      const path = `/articles/${created.body.doc.slug as string}`
      await expect(
        within(
          60_000,
          () => html(path),
          (text) => text.includes('alt="A first description"'),
        ),
      ).resolves.toMatchObject({ held: true })
      const renamed = await editor.rest('PATCH', `/api/media/${image.id}`, {
        alt: 'A better description',
      })
      expect(renamed.status).toBe(200)
      await expect(
        within(
          2000,
          () => html(path),
          (text) => text.includes('alt="A better description"'),
        ),
      ).resolves.toMatchObject({ held: true })
    })

    test('the webhook route refuses unsigned, oversized and malformed deliveries with a 4xx, and takes a signed one', async () => {
      const post = (body: BodyInit, headers: Record<string, string> = {}) =>
        fetch(`${server.url}/next/revalidate`, { body, headers, method: 'POST' })
      const signed = (body: string) => ({
        [signatureHeader]: signatureFor(secrets.webhook, body, new Date()),
      })
      expect((await post('{"tags":["faqs"]}')).status).toBe(401)
      expect((await post('{"tags":["faqs"]}', { [signatureHeader]: 't=1,v1=00' })).status).toBe(401)
      const large = 'x'.repeat(300 * 1024)
      expect((await post(large, signed(large))).status).toBe(413)
      for (const body of ['null', '[]', '"tags"', '{"tags":"faqs"}', '{']) {
        expect([body, (await post(body, signed(body))).status]).toEqual([body, 400])
      }
      // A stray POST to the sitemap just after an expiry is refused, and leaves the sitemap as it was.
      expect((await fetch(`${server.url}/sitemap.xml`)).status).toBe(200)
      const everything = JSON.stringify({ tags: ['site'] })
      expect((await post(everything, signed(everything))).status).toBe(204)
      const stray = await fetch(`${server.url}/sitemap.xml`, { body: 'a=b', method: 'POST' })
      expect(stray.status).toBe(405)
      const sitemap = await fetch(`${server.url}/sitemap.xml`)
      expect(sitemap.status).toBe(200)
      expect(await sitemap.text()).toContain('/faq</loc>')
      // A tag Next cannot encode (a lone surrogate) refuses the delivery, with nothing expired.
      const lone = JSON.stringify({ tags: ['faqs', 'articles:slug:\ud800'] })
      expect((await post(lone, signed(lone))).status).toBe(400)
      const good = JSON.stringify({ tags: ['faqs', `articles:slug:${'x'.repeat(400)}`] })
      expect((await post(good, signed(good))).status).toBe(204)
      expect((await fetch(`${server.url}/next/revalidate`)).status).toBe(405)
    })

    browserTest(
      'live preview shows a draft to a logged-in editor with the secret, and to nobody else',
      () => page,
      async () => {
        const title = `A draft to preview ${Date.now()}`
        const created = await editor.rest('POST', '/api/articles', {
          _status: 'draft',
          body: richText('Only editors read this.'),
          title,
        })
        expect(created.status).toBe(201)
        const path = `/articles/${created.body.doc.slug as string}`
        const preview = (query: string, init?: RequestInit) =>
          fetch(`${server.url}/next/preview?${query}`, { redirect: 'manual', ...init })
        const secret = encodeURIComponent(secrets.preview)
        expect((await fetch(`${server.url}${path}`)).status).toBe(404)
        expect((await preview(`path=${path}`)).status).toBe(401)
        expect((await preview(`secret=wrong&path=${path}`)).status).toBe(401)
        expect((await preview(`secret=${'é'.repeat(secrets.preview.length)}&path=/`)).status).toBe(
          401,
        )
        // The secret alone is not enough: an editor's session is needed too.
        expect((await preview(`secret=${secret}&path=${path}`)).status).toBe(403)
        const cookie = { headers: { cookie: editor.sessionCookie } }
        for (const target of [
          '//evil.example',
          '/\t/evil.example',
          '/\\evil.example',
          'x',
          // Dot segments that resolve to two leading slashes, another host to a browser.
          '/.//evil.example',
          '/..//evil.example',
          '/a/..//evil.example',
          '/%2e%2e//evil.example',
          '/%2e//evil.example',
          '/./\\evil.example',
          '/..\\/evil.example',
        ]) {
          const answer = await preview(
            `secret=${secret}&path=${encodeURIComponent(target)}`,
            cookie,
          )
          expect([target, answer.status]).toEqual([target, 400])
        }
        const odd = await preview(
          `secret=${secret}&path=${encodeURIComponent('/\r\nSet-Cookie: x=1\u2028')}`,
          cookie,
        )
        expect(odd.status).toBe(307)
        expect(odd.headers.get('location')).toBe('/Set-Cookie:%20x=1%E2%80%A8')

        const context = await browser.newContext()
        const editorPage = await context.newPage()
        try {
          await logIn(editorPage, server.url, login.email, login.password)
          await editorPage.goto(`${server.url}/next/preview?secret=${secret}&path=${path}`)
          await editorPage.getByRole('heading', { level: 1, name: title }).waitFor()
          await editorPage.getByText('Preview: drafts are shown.').waitFor()
          expect(await accessibilityViolations(editorPage)).toEqual([])
          // What the preview rendered is never kept for the public.
          expect((await fetch(`${server.url}${path}`)).status).toBe(404)
          await editorPage.goto(`${server.url}/next/exit-preview`)
          const after = await editorPage.goto(`${server.url}${path}`)
          expect(after?.status()).toBe(404)
        } finally {
          await context.close()
        }
      },
    )

    test("a client's photo used as an article's hero image and as its author's portrait leaves the article and practitioner pages within 2 seconds of the consent's revocation, with readers on them", async () => {
      const stamp = Date.now()
      const consent = await createConsent(editor)
      const gallery = await createGallery(editor, { _status: 'published', consent: consent.id })
      expect(gallery.status).toBe(201)
      const alts = [`Client ${stamp} before`, `Client ${stamp} after`]
      for (const [image, alt] of [
        [gallery.before, alts[0]],
        [gallery.after, alts[1]],
      ] as const) {
        expect((await editor.rest('PATCH', `/api/media/${image.id}`, { alt })).status).toBe(200)
      }
      const practitioner = await editor.rest('POST', '/api/practitioners', {
        _status: 'published',
        name: `Portrait ${stamp}`,
        photo: gallery.before.id,
        title: 'SMP practitioner',
      })
      expect(practitioner.status).toBe(201)
      const article = await editor.rest('POST', '/api/articles', {
        _status: 'published',
        author: practitioner.body.doc.id,
        body: richText('An article whose pictures are a client’s.'),
        heroImage: gallery.after.id,
        title: `Hero photo ${stamp}`,
      })
      expect(article.status).toBe(201)
      const pages = [
        `/articles/${article.body.doc.slug as string}`,
        `/practitioners/${practitioner.body.doc.slug as string}`,
      ]
      const photos = [...addressesOf(gallery.before), ...addressesOf(gallery.after)]
      const shows = (text: string) =>
        photos.some((url) => text.includes(url)) || alts.some((alt) => text.includes(alt))
      for (const path of pages) {
        await expect(within(60_000, () => html(path), shows)).resolves.toMatchObject({
          held: true,
        })
      }
      const revokedAt = Date.now()
      const revoked = await editor.rest('PATCH', `/api/consents/${consent.id}`, {
        revocation: { receivedVia: 'email' },
        revokedAt: new Date(revokedAt).toISOString(),
      })
      expect(revoked.status).toBe(200)
      const shownFor = await hammer(pages, shows, revokedAt, revokedAt + 3000)
      console.log(
        `hero photo after revocation, ms each page kept showing it: ${JSON.stringify(shownFor)}`,
      )
      for (const path of pages) {
        expect([path, shownFor[path]! <= 2000]).toEqual([path, true])
        // The og:image, the hero and the author card all went with the photo.
        const text = await html(path)
        expect([path, shows(text)]).toEqual([path, false])
      }
    })

    test("a gallery leaves the home, results and practitioner pages within 2 seconds of its consent's expiry passing in real time, with readers on them", async () => {
      const practitioner = await editor.rest('POST', '/api/practitioners', {
        _status: 'published',
        name: `Expiry ${Date.now()}`,
        title: 'SMP practitioner',
      })
      expect(practitioner.status).toBe(201)
      const consent = await createConsent(editor, {
        expiresAt: new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString(),
      })
      const gallery = await createGallery(editor, {
        _status: 'published',
        consent: consent.id,
        practitioner: practitioner.body.doc.id,
      })
      expect(gallery.status).toBe(201)
      const pages = [
        '/',
        `/results/${gallery.body.doc.slug as string}`,
        `/practitioners/${practitioner.body.doc.slug as string}`,
      ]
      const photos = [...addressesOf(gallery.before), ...addressesOf(gallery.after)]
      const shows = (text: string) => photos.some((url) => text.includes(url))
      for (const path of pages) {
        await expect(within(60_000, () => html(path), shows)).resolves.toMatchObject({
          held: true,
        })
      }
      // The expiry is brought close, then passes with nobody saving anything.
      const expiresAt = Date.now() + 3000
      const moved = await editor.rest('PATCH', `/api/consents/${consent.id}`, {
        expiresAt: new Date(expiresAt).toISOString(),
      })
      expect(moved.status).toBe(200)
      const shownFor = await hammer(pages, shows, expiresAt, expiresAt + 3000)
      console.log(
        `real-time expiry, ms each page kept showing the gallery: ${JSON.stringify(shownFor)}`,
      )
      for (const path of pages) {
        expect([path, shownFor[path]! <= 2000]).toEqual([path, true])
        expect([path, shows(await html(path))]).toEqual([path, false])
      }
    })

    const withClock = clockFile ? test : test.skip
    withClock(
      'a gallery leaves the site within 2 seconds of its consent expiring, with no editor action',
      async () => {
        await html('/results')
        const expiresAt = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000)
        const consent = await createConsent(editor, { expiresAt: expiresAt.toISOString() })
        const gallery = await createGallery(editor, { _status: 'published', consent: consent.id })
        expect(gallery.status).toBe(201)
        const photos = [gallery.before.url as string, gallery.after.url as string]
        const shows = (text: string) => photos.some((url) => text.includes(url))
        await expect(within(2000, () => html('/results'), shows)).resolves.toMatchObject({
          held: true,
        })
        writeFileSync(clockFile!, String(expiresAt.getTime() - Date.now() + 1000))
        try {
          await expect(
            within(
              2000,
              () => html('/results'),
              (text) => !shows(text),
            ),
          ).resolves.toMatchObject({ held: true })
          for (const url of photos) {
            expect([url, (await fetch(url)).status]).toEqual([url, 403])
          }
          // Renewed after it ended: back on the site, with nobody saving the gallery.
          const renewed = await editor.rest('PATCH', `/api/consents/${consent.id}`, {
            expiresAt: new Date(expiresAt.getTime() + 40 * 24 * 60 * 60 * 1000).toISOString(),
          })
          expect(renewed.status).toBe(200)
          await expect(within(2000, () => html('/results'), shows)).resolves.toMatchObject({
            held: true,
          })
        } finally {
          writeFileSync(clockFile!, '0')
        }
      },
    )
  })
