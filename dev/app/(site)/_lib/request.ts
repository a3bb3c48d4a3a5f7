import type { TypedDocumentString } from '../_gql/graphql.js'

import { connection } from 'next/server.js'

import { apiOrigin } from './site.js'

/**
 * Sends a generated document to the CMS's GraphQL endpoint, anonymously, as any visitor's browser
 * could. The answer is kept in Next's data cache under `tags` (the webhook route expires them when
 * the CMS reports a change), so a page is rendered from the cache until its content changes.
 * GraphQL errors throw: a page cannot render half an answer.
 */
export const request = async <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  tags: string[],
): Promise<TResult> => {
  const response = await fetch(`${apiOrigin()}/api/graphql`, {
    body: JSON.stringify({ query: document.toString(), variables }),
    cache: 'force-cache',
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    next: { tags },
  })
  const { data, errors } = (await response.json()) as { data?: TResult; errors?: unknown }
  if (!response.ok || errors !== undefined || !data) {
    throw new Error(`GraphQL answered ${response.status}: ${JSON.stringify(errors)}`)
  }
  return data
}

/**
 * Holds a page without parameters until a request arrives. `next build` runs while the API (this
 * same server) is down, so such a page cannot be rendered ahead; it is rendered per request from
 * the tagged data cache instead, which costs a render but no API call until a webhook expires it.
 */
export const waitForRequest = () => connection()
