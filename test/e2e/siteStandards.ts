import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { ApiClient } from '../helpers/apiClient.js'
import { createConsent, createGallery, createTestimonial } from '../helpers/fixtures.js'
import { screenshotDir } from './browser.js'
import { type DevServer } from './devServer.js'
import {
  brokenLinks,
  googleRichResultErrors,
  htmlErrors,
  jsonLdScripts,
  lighthouse,
  schemaOrgTypeErrors,
} from './outsideChecks.js'

/**
 * The production site as outside tools judge it, with a clinic that has filled in its settings
 * and published a practitioner, a gallery and a testimonial: Lighthouse's scores, its structured
 * data against schema.org's types and Google's required properties, and a crawl for broken links.
 * Registered by production.test.ts; the Lighthouse reports and a table of the scores
 * (`scores.md`) land in test-results/e2e/lighthouse/.
 */
export const describeSiteStandards = (
  context: () => { editor: { email: string; password: string }; server: DevServer },
) =>
  describe('the production site, as outside tools judge it', () => {
    const articlePath = '/articles/scalp-micropigmentation-a-solution-for-hair-loss'
    let server: DevServer
    let editor: ApiClient
    const paths: Record<string, string> = {
      article: articlePath,
      faq: '/faq',
      home: '/',
      results: '/results',
    }
    const html = async (address: string) => (await fetch(`${server.url}${address}`)).text()

    beforeAll(async () => {
      const { editor: login, server: started } = context()
      server = started
      editor = await new ApiClient(server.url).login(login.email, login.password)
      const settings = await editor.rest('POST', '/api/globals/clinic-settings', {
        address: {
          addressCountry: 'CA',
          addressLocality: 'Toronto',
          addressRegion: 'ON',
          postalCode: 'M5V 2T6',
          streetAddress: '100 King St W',
        },
        bookingUrl: 'https://booking.example/clinic',
        email: 'hello@clinic.example',
        geo: { latitude: 43.6476, longitude: -79.3832 },
        logo: 'https://clinic.example/logo.png',
        name: 'Toronto Scalp Clinic',
        openingHours: [{ closes: '18:00', days: ['Monday', 'Wednesday'], opens: '09:00' }],
        sameAs: [{ url: 'https://www.instagram.com/clinic.example' }],
        telephone: '+1 416 555 0100',
      })
      expect(settings.status).toBe(200)
      const practitioner = await editor.rest('POST', '/api/practitioners', {
        _status: 'published',
        credentials: 'Certified SMP artist',
        name: 'Morgan Lee',
        title: 'Lead practitioner',
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
        practitioner: practitioner.body.doc.id,
      })
      expect(testimonial.status).toBe(201)
      paths.gallery = `/results/${gallery.body.doc.slug}`
      paths.practitioner = `/practitioners/${practitioner.body.doc.slug}`
      // The pages are rendered again from the webhook; wait until the new content is on them.
      for (const address of [paths.gallery, paths.practitioner]) {
        for (let tries = 0; (await fetch(`${server.url}${address}`)).status !== 200; tries++) {
          if (tries > 100) {
            throw new Error(`${address} never appeared`)
          }
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
      }
    })

    test("with the clinic's settings filled in, every page is valid HTML and its JSON-LD is the API's, names the clinic as it is now, type-checks against schema.org (schema-dts) and has what Google requires", async () => {
      // The article's script is the API's `jsonLd` byte for byte, the clinic as the settings now
      // say (the page was rendered before they changed, in the suite before this one).
      const { body } = await editor.rest(
        'GET',
        `/api/articles?where[slug][equals]=${articlePath.split('/').pop()}&depth=0`,
      )
      const apiJsonLd = (body.docs[0] as { jsonLd: string }).jsonLd
      expect(apiJsonLd).toContain('Toronto Scalp Clinic')
      for (let tries = 0; !(await html(articlePath)).includes(apiJsonLd); tries++) {
        expect([articlePath, tries < 20]).toEqual([articlePath, true])
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const pages: Record<string, unknown[]> = {}
      for (const [name, address] of Object.entries(paths)) {
        const text = await html(address)
        expect([name, await htmlErrors(text)]).toEqual([name, []])
        pages[name] = jsonLdScripts(text)
        if (['home', 'article', 'faq'].includes(name)) {
          expect([name, JSON.stringify(pages[name]).includes('Toronto Scalp Clinic')]).toEqual([
            name,
            true,
          ])
        }
        expect([name, pages[name]!.length]).toEqual([name, 1])
        expect([name, await googleRichResultErrors(text)]).toEqual([name, []])
      }
      const errors = schemaOrgTypeErrors(pages)
      for (const name of Object.keys(paths)) {
        expect([name, errors[name]]).toEqual([name, []])
      }
    })

    test('linkinator crawls the whole site from its pages and finds no broken link', async () => {
      const { broken, checked } = await brokenLinks(
        Object.values(paths).map((address) => `${server.url}${address}`),
      )
      console.log(`linkinator: ${checked.length} links checked, ${broken.length} broken`)
      expect(broken).toEqual([])
      // It started from every page and reached the images on them.
      for (const address of Object.values(paths)) {
        expect([address, checked.includes(`${server.url}${address}`)]).toEqual([address, true])
      }
      expect(checked.filter((url) => url.includes('/api/media/file/')).length).toBeGreaterThan(0)
    })

    test('Lighthouse (mobile): accessibility, best practices and SEO 100 on home, article, FAQ and results; performance reported', async () => {
      const dir = path.join(screenshotDir, 'lighthouse')
      mkdirSync(dir, { recursive: true })
      const lines: string[] = []
      for (const name of ['home', 'article', 'faq', 'results']) {
        const scores = await lighthouse(`${server.url}${paths[name]}`, path.join(dir, name))
        lines.push(
          `| ${name} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} |`,
        )
        expect([name, scores.failing]).toEqual([name, []])
        expect([name, scores.accessibility, scores['best-practices'], scores.seo]).toEqual([
          name,
          100,
          100,
          100,
        ])
      }
      // Performance is a measurement, and this project's tests assert no timings: it is reported
      // beside the other scores (and in the kept reports) for people to read, not asserted.
      const table = [
        '| page | performance | accessibility | best practices | SEO |',
        '| --- | --- | --- | --- | --- |',
        ...lines,
      ].join('\n')
      writeFileSync(path.join(dir, 'scores.md'), `${table}\n`)
      console.log(`Lighthouse (mobile):\n${table}`)
    })
  })
