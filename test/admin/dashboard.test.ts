import type { TypedUser } from 'payload'

import { renderToStaticMarkup } from 'react-dom/server'

import { ClinicDashboard } from '../../src/exports/rsc.js'
import { createConsent, createTestimonial } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * The dashboard panel, rendered by the real server component against a seeded database, as the
 * admin's dashboard renders it.
 */
let server: TestServer
let admin: TypedUser
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: 'onInit' } })
  const { docs } = await server.payload.find({ collection: 'users', limit: 1 })
  admin = { ...docs[0], collection: 'users' } as unknown as TypedUser
})
afterAll(async () => {
  await server?.close()
})

/**
 * The panel's numbers per collection slug, read back from its HTML.
 */
const panel = async (user: null | TypedUser = admin) => {
  const element = await ClinicDashboard({ payload: server.payload, user })
  const html = element ? renderToStaticMarkup(element) : ''
  const rows: Record<string, Record<string, string>> = {}
  for (const [, slug, cells] of html.matchAll(/<tr data-collection="([^"]+)">(.*?)<\/tr>/g)) {
    rows[slug!] = Object.fromEntries(
      [...cells!.matchAll(/data-count="(\w+)"[^>]*>(?:<[^>]+>)*(\d*)/g)].map(([, key, value]) => [
        key!,
        value!,
      ]),
    )
  }
  return { html, rows }
}

test('the panel says what is published, what is draft and what waits for consent', async () => {
  const { html, rows } = await panel()
  expect(rows).toEqual({
    articles: { blocked: '', drafts: '0', published: '1' },
    'before-after-galleries': { blocked: '2', drafts: '2', published: '0' },
    faqs: { blocked: '', drafts: '0', published: '5' },
    practitioners: { blocked: '', drafts: '1', published: '0' },
    testimonials: { blocked: '2', drafts: '2', published: '0' },
  })
  expect(html).toContain('4 waiting for a valid consent')
  expect(html).toContain('href="/admin/collections/testimonials?where[_status][equals]=draft"')
})

test('a draft with a valid consent is no longer blocked; a published one counts as published', async () => {
  const consent = await createConsent(server.admin)
  await createTestimonial(server.admin, { _status: 'draft', consent: consent.id }, '?draft=true')
  await createTestimonial(server.admin, { _status: 'published', consent: consent.id })
  const expired = await createConsent(server.admin, {
    expiresAt: new Date(Date.now() - 60_000).toISOString(),
  })
  await createTestimonial(server.admin, { _status: 'draft', consent: expired.id }, '?draft=true')
  const { rows } = await panel()
  expect(rows.testimonials).toEqual({ blocked: '3', drafts: '4', published: '1' })
})

test('nobody signed in gets no panel', async () => {
  expect((await panel(null)).html).toBe('')
})

test('editors see this server’s response cache counters', async () => {
  await server.anonymous.get('/api/faqs?limit=3')
  await server.anonymous.get('/api/faqs?limit=3')
  const { html } = await panel()
  const line = /Response cache on this server: (\d+) answers from memory, (\d+) computed/.exec(html)
  expect(line).not.toBeNull()
  expect(Number(line![1])).toBeGreaterThanOrEqual(1)
  expect(Number(line![2])).toBeGreaterThanOrEqual(1)
})
