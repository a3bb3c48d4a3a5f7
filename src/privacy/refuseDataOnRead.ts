import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { pluginOptions } from '../options/optionsKey.js'
import { clinicT } from '../translations/translated.js'

const isObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const refused = (message: string) =>
  new APIError(message, 400, { errors: [{ message, path: 'data' }] }, true)

/**
 * `data` on a read by id (`?data=<json>`, or in a query sent as a POST body): Payload answers
 * with it in place of the stored document, as the admin does to preview unsaved edits. Anything
 * but an object fails deep inside Payload (500), and for a visitor it would only let anyone serve
 * made-up content from the API's address: it is for editors, and must be an object.
 */
export const refuseDataOnRead: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (args as { data?: unknown }).data
  if (operation !== 'read' || data === undefined) {
    return args
  }
  const t = clinicT(req.t)
  const options = pluginOptions(req.payload)
  if (options && !(await options.access.canEdit({ req }))) {
    throw refused(t('queryDataEditorsOnly'))
  }
  if (!isObject(data)) {
    throw refused(t('queryDataNotObject'))
  }
  return args
}
