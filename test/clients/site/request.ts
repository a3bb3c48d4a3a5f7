import type { TypedDocumentNode } from '@graphql-typed-document-node/core'

import { print } from 'graphql'

/**
 * Sends a generated document to the CMS's GraphQL endpoint and returns its data, typed by the
 * document; GraphQL errors throw, since a page cannot render half an answer.
 */
export const request = async <TResult, TVariables>(
  cmsURL: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> => {
  const response = await fetch(new URL('/api/graphql', cmsURL), {
    body: JSON.stringify({ query: print(document), variables }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const { data, errors } = (await response.json()) as { data?: TResult; errors?: unknown }
  if (!response.ok || errors !== undefined || !data) {
    throw new Error(`GraphQL answered ${response.status}: ${JSON.stringify(errors)}`)
  }
  return data
}
