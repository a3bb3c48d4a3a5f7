import type { TypedDocumentString } from '../_gql/graphql.js'

import { cookies, draftMode } from 'next/headers.js'
import { connection } from 'next/server.js'
import { get as httpGet } from 'node:http'
import { get as httpsGet } from 'node:https'

import { apiOrigin } from './site.js'
import { cacheTag, settingsTag, siteTag } from './tags.js'

/**
 * Whether this request previews drafts: draft mode is on only after `/next/preview` has checked
 * the preview secret and an editor's session, and even then the API alone decides what the
 * request's token may read.
 */
export const isPreview = async (): Promise<boolean> => (await draftMode()).isEnabled

const building = () => process.env.NEXT_PHASE === 'phase-production-build'

/**
 * How long `next build` waits for the CMS: `npm run build:admin` starts it beside the build, and
 * the pages are prerendered once the compile is done, by when it is normally up.
 */
const buildWaitMs = 90_000

/**
 * Whether the CMS answers (anything but "starting"), asked with Node's own client: Next's fetch
 * would count an uncached probe as a reason to render the page per request.
 */
const answers = (origin: string) =>
  new Promise<boolean>((resolve) => {
    const get = origin.startsWith('https:') ? httpsGet : httpGet
    const probe = get(`${origin}/api/graphql`, (response) => {
      response.resume()
      resolve(response.statusCode !== 503)
    })
    probe.on('error', () => resolve(false))
    probe.setTimeout(5000, () => probe.destroy())
  })

let cmsUp: Promise<boolean> | undefined

/**
 * During `next build`, waits once per build worker for a CMS that is still starting.
 */
const cmsAnswersDuringBuild = () =>
  (cmsUp ??= (async () => {
    const deadline = Date.now() + buildWaitMs
    while (Date.now() < deadline) {
      if (await answers(apiOrigin())) {
        return true
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    return false
  })())

/**
 * A fetch of the CMS's API. At run time it answers what the CMS answered. During `next build` it
 * first waits for a CMS that is still starting; if none answers, the page cannot be prerendered,
 * so it is left to be rendered per request instead (`connection()` ends the prerender there) and
 * the build says so.
 */
export const fetchFromApi = async (path: string, init: RequestInit): Promise<Response> => {
  if (building() && !(await cmsAnswersDuringBuild())) {
    console.warn(
      `The CMS at ${apiOrigin()} did not answer during the build: this page is rendered on each request instead of ahead.`,
    )
    await connection()
  }
  return fetch(`${apiOrigin()}${path}`, init)
}

/**
 * Sends a generated document to the CMS's GraphQL endpoint. A visitor's request is anonymous, as
 * any browser's could be, and its answer is kept in Next's data cache under `tags` and the
 * site-wide tag (the webhook route expires them when the CMS reports a change; the server expires
 * the site-wide one when it starts). A preview is sent with the editor's token and never cached.
 * GraphQL errors throw: a page cannot render half an answer.
 */
export const request = async <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  tags: string[],
  /** Seconds after which the answer is asked for again, for data no webhook reports. */
  { revalidate }: { revalidate?: number } = {},
): Promise<TResult> => {
  const token = (await isPreview()) ? (await cookies()).get('payload-token')?.value : undefined
  // The plugin's `jsonLd` names the clinic from its settings: a read that asks for it is also
  // expired when they change, or the page would describe the clinic as it was.
  const query = document.toString()
  const reads = query.includes('jsonLd') ? [siteTag, settingsTag, ...tags] : [siteTag, ...tags]
  const response = await fetchFromApi('/api/graphql', {
    body: JSON.stringify({ query, variables }),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method: 'POST',
    ...(token
      ? { cache: 'no-store' }
      : {
          cache: 'force-cache',
          next: { revalidate, tags: [...new Set(reads)].map(cacheTag) },
        }),
  })
  const { data, errors } = (await response.json()) as { data?: TResult; errors?: unknown }
  if (!response.ok || errors !== undefined || !data) {
    throw new Error(`GraphQL answered ${response.status}: ${JSON.stringify(errors)}`)
  }
  return data
}
