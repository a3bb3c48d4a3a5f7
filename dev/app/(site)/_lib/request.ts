import type { TypedDocumentString } from '../_gql/graphql.js'

import { cookies, draftMode } from 'next/headers.js'
import { connection } from 'next/server.js'

import { apiOrigin } from './site.js'

/**
 * Whether this request previews drafts: draft mode is on only after `/next/preview` has checked
 * the preview secret and an editor's session, and even then the API alone decides what the
 * request's token may read.
 */
export const isPreview = async (): Promise<boolean> => (await draftMode()).isEnabled

/**
 * Sends a generated document to the CMS's GraphQL endpoint. A visitor's request is anonymous, as
 * any browser's could be, and its answer is kept in Next's data cache under `tags` (the webhook
 * route expires them when the CMS reports a change). A preview is sent with the editor's token
 * and never cached. GraphQL errors throw: a page cannot render half an answer.
 */
export const request = async <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  tags: string[],
): Promise<TResult> => {
  const token = (await isPreview()) ? (await cookies()).get('payload-token')?.value : undefined
  const response = await fetch(`${apiOrigin()}/api/graphql`, {
    body: JSON.stringify({ query: document.toString(), variables }),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method: 'POST',
    ...(token ? { cache: 'no-store' } : { cache: 'force-cache', next: { tags } }),
  })
  const { data, errors } = (await response.json()) as { data?: TResult; errors?: unknown }
  if (!response.ok || errors !== undefined || !data) {
    throw new Error(`GraphQL answered ${response.status}: ${JSON.stringify(errors)}`)
  }
  return data
}

/**
 * Holds a page or route without parameters until a request arrives. `next build` runs while the
 * API (this same server) is down, so such a page cannot be rendered ahead; it is rendered per
 * request from the tagged data cache instead, which costs a render but no API call until a
 * webhook expires it.
 */
export const waitForRequest = () => connection()
