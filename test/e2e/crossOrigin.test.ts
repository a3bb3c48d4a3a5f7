import type { Browser, Page } from 'playwright-core'

import { createServer, type Server } from 'node:http'
import { type AddressInfo } from 'node:net'

import { startTestServer, type TestServer } from '../helpers/testServer.js'
import { browserTest, launchBrowser, openPage } from './browser.js'

/**
 * The clinic's site calling the API from a visitor's browser (Debian's Chromium): a page on an
 * origin listed in `frontend.origins` reads REST and GraphQL with `fetch`, and the same page on
 * any other origin is refused by the browser itself. Node's fetch ignores CORS, so only a browser
 * shows what a site's scripts actually get.
 */
type Attempt = { body?: any; error?: string; status?: number }
type PageResult = { graphql: Attempt; opaque: string; rest: Attempt }

/**
 * A page that calls the API as a site's script does, and shows what each call gave in
 * `#result`: an answer, or the error `fetch` threw.
 */
const sitePage = (apiURL: string) => `<!doctype html>
<title>Clinic site</title>
<pre id="result"></pre>
<script type="module">
  const api = ${JSON.stringify(apiURL)}
  const attempt = async (send) => {
    try {
      const response = await send()
      return { body: await response.json(), status: response.status }
    } catch (error) {
      return { error: error.name + ': ' + error.message }
    }
  }
  const rest = await attempt(() => fetch(api + '/api/articles?limit=1&depth=0'))
  // JSON with credentials: a preflight, then an answer the browser releases only with the
  // page's own origin and Access-Control-Allow-Credentials.
  const graphql = await attempt(() =>
    fetch(api + '/api/graphql', {
      body: JSON.stringify({ query: '{ Articles(limit: 1) { docs { title slug } } }' }),
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    }),
  )
  // Reaches the server either way, but the page may not read the answer.
  const opaque = (await fetch(api + '/api/articles?limit=1', { mode: 'no-cors' })).type
  document.getElementById('result').textContent = JSON.stringify({ graphql, opaque, rest })
</script>
`

let api: TestServer
let allowedSite: Server
let otherSite: Server
let browser: Browser
let page: Page

const serveSite = async () => {
  const site = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(sitePage(api.url))
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  return site
}
const origin = (site: Server) => `http://127.0.0.1:${(site.address() as AddressInfo).port}`

beforeAll(async () => {
  // The API's URL is part of the page, and the site's origin part of the API's config: the sites
  // listen first and read the API's URL only when a page is requested.
  allowedSite = await serveSite()
  otherSite = await serveSite()
  api = await startTestServer({ plugin: { frontend: { origins: [origin(allowedSite)] } } })
  browser = await launchBrowser()
  page = await openPage(browser)
})
afterAll(async () => {
  await browser?.close()
  await api?.close()
  allowedSite?.close()
  otherSite?.close()
})

const openSite = async (site: Server): Promise<PageResult> => {
  await page.goto(`${origin(site)}/`)
  const result = page.locator('#result')
  await result.filter({ hasText: /\S/ }).waitFor()
  return JSON.parse(await result.innerText())
}

browserTest(
  'a page on a listed origin reads articles over REST and GraphQL with fetch',
  () => page,
  async () => {
    const { graphql, rest } = await openSite(allowedSite)
    expect(rest.error).toBeUndefined()
    expect(rest.status).toBe(200)
    expect(rest.body.docs).toHaveLength(1)
    expect(graphql.error).toBeUndefined()
    expect(graphql.status).toBe(200)
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data.Articles.docs[0].slug).toBe(rest.body.docs[0].slug)
  },
)

browserTest(
  'a page on any other origin is refused by the browser, though the API answers it',
  () => page,
  async () => {
    const { graphql, opaque, rest } = await openSite(otherSite)
    expect(rest).toEqual({ error: expect.stringMatching(/^TypeError: /) })
    expect(graphql).toEqual({ error: expect.stringMatching(/^TypeError: /) })
    expect(opaque).toBe('opaque')
  },
)
