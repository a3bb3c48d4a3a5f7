import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createElement, type FunctionComponent } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { docExamples, loadDocExample } from '../helpers/docExamples.js'
import { createConsent, createGallery } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Runs every code example of docs/FRONTEND.md as the page shows it (each names its file in a
 * first-line comment), against a real server: the Next.js REST route with HTTP caching, the
 * webhook receiver fed by real deliveries, the rich text, JSON-LD, metadata and sitemap helpers.
 * The GraphQL Code Generator section runs in test/clients.
 */
const page = 'docs/FRONTEND.md'
const site = 'https://www.example-clinic.com'
const secret = 'doc-example-secret'
const purged: string[] = []
let receiver: Server
let server: TestServer

type Handler = (request: Request) => Promise<Response>

beforeAll(async () => {
  const { receiveWebhook } = await loadDocExample<{
    receiveWebhook: (secret: string, purge: (tag: string) => unknown) => Handler
  }>(page, 'lib/receiveWebhook.ts')
  const handle = receiveWebhook(secret, (tag) => purged.push(tag))
  // The receiver behind a plain node:http server, as any framework with web Request would be.
  receiver = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const response = await handle(
      new Request(`http://127.0.0.1${req.url}`, {
        body: Buffer.concat(chunks),
        headers: req.headers as Record<string, string>,
        method: req.method,
      }),
    )
    res.writeHead(response.status).end(await response.text())
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  server = await startTestServer({
    plugin: {
      site: { url: site },
      webhooks: {
        endpoints: [
          {
            secret,
            url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/revalidate`,
          },
        ],
        pollMs: 100,
      },
    },
  })
  ;(globalThis as { smpDocExampleConfig?: unknown }).smpDocExampleConfig = server.payload.config
}, 120_000)
afterAll(async () => {
  await server?.close()
  receiver?.closeAllConnections()
  receiver?.close()
})

const seededArticle = async (depth = 1) =>
  (await server.anonymous.get(`/api/articles?limit=1&depth=${depth}`)).body.docs[0]

test('every named example on the page is run here or in test/clients', () => {
  expect([...docExamples(page).keys()].sort()).toEqual(
    [
      'app/(payload)/api/[...slug]/route.ts',
      'app/sitemap.ts',
      'components/ArticleBody.tsx',
      'components/StructuredData.tsx',
      'lib/articleHtml.ts',
      'lib/metadataOf.ts',
      'lib/receiveWebhook.ts',
      'lib/srcSet.ts',
    ].sort(),
  )
})

test('the Next.js REST route answers with caching headers, and 304 for an unchanged read', async () => {
  const { GET } = await loadDocExample<{
    GET: (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
  }>(page, 'app/(payload)/api/[...slug]/route.ts')
  const context = { params: Promise.resolve({ slug: ['articles'] }) }
  const first = await GET(new Request(`${server.url}/api/articles?limit=1`), context)
  expect(first.status).toBe(200)
  expect(first.headers.get('cache-control')).toMatch(
    /^public, max-age=\d+, stale-while-revalidate=\d+$/,
  )
  const etag = first.headers.get('etag')!
  expect((await first.json()).docs).toHaveLength(1)
  const again = await GET(
    new Request(`${server.url}/api/articles?limit=1`, { headers: { 'If-None-Match': etag } }),
    context,
  )
  expect(again.status).toBe(304)
  const editor = await GET(
    new Request(`${server.url}/api/articles?limit=1`, { headers: server.admin.headers() }),
    context,
  )
  expect(editor.headers.get('cache-control')).toBe('private, no-store')
})

test('the webhook receiver purges the tags of a real, signed delivery, and refuses a forged one', async () => {
  const consent = await createConsent(server.admin)
  const gallery = await createGallery(server.admin, { _status: 'published', consent: consent.id })
  const tag = `before-after-galleries:${gallery.body.doc.id}`
  const deadline = Date.now() + 10_000
  while (!purged.includes(tag) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  expect(purged).toContain(tag)
  const forged = await fetch(
    `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/revalidate`,
    {
      body: JSON.stringify({ tags: ['everything'] }),
      headers: { 'X-SMP-Signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` },
      method: 'POST',
    },
  )
  expect(forged.status).toBe(401)
  expect(purged).not.toContain('everything')
})

test('the rich text examples give every heading the id its table of contents links to', async () => {
  const article = await seededArticle()
  const anchors = article.tableOfContents.map((entry: { anchor: string }) => entry.anchor)
  const { ArticleBody } = await loadDocExample<{
    ArticleBody: FunctionComponent<{ body: unknown }>
  }>(page, 'components/ArticleBody.tsx')
  const { articleHtml } = await loadDocExample<{ articleHtml: (article: unknown) => string }>(
    page,
    'lib/articleHtml.ts',
  )
  for (const html of [
    renderToStaticMarkup(createElement(ArticleBody, { body: article.body })),
    articleHtml(article),
  ]) {
    const ids = [...html.matchAll(/<h[2-6][^>]* id="([^"]+)"/g)].map((match) => match[1])
    expect(ids).toEqual(anchors)
  }
})

test('the JSON-LD component writes the graph into one script tag that parses back', async () => {
  const article = await seededArticle()
  const { StructuredData } = await loadDocExample<{
    StructuredData: FunctionComponent<{ jsonLd?: null | string }>
  }>(page, 'components/StructuredData.tsx')
  const html = renderToStaticMarkup(createElement(StructuredData, { jsonLd: article.jsonLd }))
  const script = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html)
  expect(JSON.parse(script![1]!)['@graph'][0]['@type']).toBe('MedicalWebPage')
  expect(renderToStaticMarkup(createElement(StructuredData, { jsonLd: null }))).toBe('')
})

test('metadataOf gives the meta values, filled from the content', async () => {
  const article = await seededArticle()
  const { metadataOf } = await loadDocExample<{ metadataOf: (article: unknown) => any }>(
    page,
    'lib/metadataOf.ts',
  )
  expect(metadataOf(article)).toEqual({
    alternates: { canonical: `${site}/articles/${article.slug}` },
    description: article.excerpt ?? expect.any(String),
    openGraph: {
      images: article.heroImage ? [{ alt: article.heroImage.alt, url: article.heroImage.url }] : [],
    },
    title: article.title,
  })
})

test('app/sitemap.ts turns the sitemap endpoint into Next.js sitemap entries', async () => {
  process.env.PAYLOAD_URL = server.url
  const { default: sitemap } = await loadDocExample<{
    default: () => Promise<{ lastModified?: string; url: string }[]>
  }>(page, 'app/sitemap.ts')
  const entries = await sitemap()
  const practitioners = (await server.anonymous.get('/api/practitioners?limit=0&depth=0')).body.docs
  expect(entries.map((entry) => entry.url)).toEqual(
    expect.arrayContaining([
      `${site}/articles/${(await seededArticle(0)).slug}`,
      ...practitioners.map((doc: { slug: string }) => `${site}/practitioners/${doc.slug}`),
      `${site}/faq`,
    ]),
  )
  expect(entries.every((entry) => entry.lastModified)).toBe(true)
})

test('srcSet lists the sizes a seeded photo has, each file served in its format', async () => {
  const consent = await createConsent(server.admin)
  const { after } = await createGallery(server.admin, { _status: 'published', consent: consent.id })
  // Seeded photos are samples, never public: read as the editor.
  const seeded = (await server.admin.get('/api/media?where[seedKey][exists]=true&limit=1')).body
    .docs[0]
  const { srcSet } = await loadDocExample<{
    srcSet: (image: unknown, use: string, format?: string) => string
  }>(page, 'lib/srcSet.ts')
  expect(srcSet(seeded, 'square', 'Webp')).toBe(
    `${seeded.sizes.square480Webp.url} 480w, ${seeded.sizes.square960Webp.url} 960w`,
  )
  expect(srcSet(seeded, 'card')).toBe(
    `${seeded.sizes.card480.url} 480w, ${seeded.sizes.card960.url} 960w`,
  )
  const webp = await server.admin.fetch(seeded.sizes.square960Webp.url)
  expect([webp.status, webp.headers.get('content-type')]).toEqual([200, 'image/webp'])
  // A test image 520 pixels wide has the 480 step only.
  expect(srcSet(after, 'full')).toBe(`${after.sizes.full480.url} 480w`)
})
