import type { Payload, PayloadRequest } from 'payload'

import * as payloadExports from 'payload'

type Options = { locale?: string }
type Payload4Exports = {
  createPayloadRequest?: (args: Options & { payload: Payload }) => Promise<PayloadRequest>
  createPayloadRequestFromWebRequest?: unknown
}

/**
 * A request for work the server does on its own (seeding, scheduled jobs). Payload 4 renames
 * `createLocalReq` to `createPayloadRequest`, a name Payload 3 already uses for something else,
 * so the new form is used only where Payload 4's companion export shows the new meaning.
 */
export const localRequest = (payload: Payload, options: Options = {}): Promise<PayloadRequest> => {
  const exported = payloadExports as unknown as Payload4Exports
  if (exported.createPayloadRequestFromWebRequest && exported.createPayloadRequest) {
    return exported.createPayloadRequest({ ...options, payload })
  }
  return payloadExports.createLocalReq(options, payload)
}
