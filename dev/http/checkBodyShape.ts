import type { SanitizedConfig } from 'payload'

import { isOrderKey } from '../../src/internal.js'
import { HttpProblem } from './problem.js'

type Collection = SanitizedConfig['collections'][number]

/**
 * The credential fields of an auth collection's documents and endpoints (login, create, reset
 * password): Payload calls string methods on them and fails with a server error otherwise.
 */
const credentialFields = ['email', 'password', 'token', 'username']

const refuse = (path: string, message: string): never => {
  throw new HttpProblem(400, message, {}, path)
}

/**
 * Checks the parts of a JSON body that Payload itself uses before any validation runs, where a
 * wrong type is a server error inside Payload rather than a 400: an auth collection's
 * credentials, and the body of Payload's `/reorder` endpoint (drag-and-drop ordering).
 */
export const checkBodyShape = (
  path: string,
  collection: Collection | undefined,
  data: Record<string, unknown>,
): void => {
  if (collection?.auth) {
    for (const name of credentialFields) {
      if (data[name] !== undefined && data[name] !== null && typeof data[name] !== 'string') {
        refuse(name, `"${name}" must be text.`)
      }
    }
  }
  if (path === '/reorder') {
    checkReorder(data)
  }
}

const isId = (value: unknown) =>
  (typeof value === 'string' && value !== '') || Number.isSafeInteger(value)

const checkReorder = ({ docsToMove, target }: Record<string, unknown>) => {
  if (!Array.isArray(docsToMove) || !docsToMove.every(isId)) {
    refuse('docsToMove', 'Expected a list of document ids.')
  }
  if (!target || typeof target !== 'object' || Array.isArray(target)) {
    refuse('target', 'Expected the target document as { id, key }.')
  }
  const { id, key } = target as { id?: unknown; key?: unknown }
  if (!isId(id)) {
    refuse('target.id', 'Expected a document id.')
  }
  // No key at all asks Payload to give every document without one its first key.
  if (key !== undefined && key !== null && key !== '' && !isOrderKey(key)) {
    refuse('target.key', 'Expected an order key (digits and lowercase letters, such as "a0").')
  }
}
