import { createHmac } from 'node:crypto'

/**
 * Requests with headers of the test's choosing (the ApiClient only sends its own token), and
 * JWTs forged from a real one, for checking that bad credentials read exactly like no credentials.
 */
export type RawResponse = { body: any; status: number }

export const send = async (
  url: string,
  path: string,
  {
    headers = {},
    json,
    query,
  }: {
    headers?: Record<string, string>
    json?: unknown
    /**
     * Sent as a POST body with Payload's method override, as its admin panel sends long queries.
     */
    query?: string
  } = {},
): Promise<RawResponse> => {
  const body = query ?? (json === undefined ? undefined : JSON.stringify(json))
  const type = query !== undefined ? 'application/x-www-form-urlencoded' : 'application/json'
  const response = await fetch(new URL(path, url), {
    body,
    headers: {
      ...headers,
      ...(body === undefined ? {} : { 'Content-Type': type }),
      ...(query === undefined ? {} : { 'X-Payload-HTTP-Method-Override': 'GET' }),
    },
    method: body === undefined ? 'GET' : 'POST',
  })
  // File responses are compared by status only; their bytes are never needed.
  if (!(response.headers.get('content-type') ?? '').includes('json')) {
    await response.arrayBuffer()
    return { body: undefined, status: response.status }
  }
  const text = await response.text()
  return { body: text ? JSON.parse(text) : undefined, status: response.status }
}

/**
 * The three places Payload looks for a token.
 */
export const transports = {
  bearer: (token: string) => ({ Authorization: `Bearer ${token}` }),
  // As a browser sends it from the admin panel's own origin (Payload checks the origin of a
  // cookie-borne token once `serverURL` is set).
  cookie: (token: string) => ({
    Cookie: `payload-token=${token}`,
    'Sec-Fetch-Site': 'same-origin',
  }),
  jwt: (token: string) => ({ Authorization: `JWT ${token}` }),
}

export type Transport = keyof typeof transports

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

const decode = (segment: string | undefined): Record<string, unknown> =>
  JSON.parse(Buffer.from(segment ?? '', 'base64url').toString('utf8'))

const sign = (
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  secret: null | string,
) => {
  const unsigned = `${part(header)}.${part(claims)}`
  const signature =
    secret === null ? '' : createHmac('sha256', secret).update(unsigned).digest('base64url')
  return `${unsigned}.${signature}`
}

/**
 * Tokens that carry the real user's claims (id, collection, session) but must not authenticate.
 * `resigned` is the control: the same claims signed with the server's own key, which must work,
 * so `expired` fails for its date alone and not because the signing is wrong. `tampered` keeps
 * the real signature over claims naming `otherUserId`.
 */
export const forgeTokens = (
  realToken: string,
  serverSecret: string,
  otherUserId: number | string,
) => {
  const [head, body, signature] = realToken.split('.')
  const header = decode(head)
  const claims = decode(body)
  const now = Math.floor(Date.now() / 1000)
  const valid = { ...claims, exp: now + 3600, iat: now }
  const expired = { ...claims, exp: now - 60, iat: now - 3660 }
  return {
    control: { resigned: sign(header, valid, serverSecret) },
    forged: {
      'alg none': sign({ ...header, alg: 'none' }, valid, null),
      expired: sign(header, expired, serverSecret),
      'expired, wrong secret': sign(header, expired, 'not-the-server-secret'),
      garbage: 'garbage.not-a.jwt',
      tampered: `${head}.${part({ ...claims, id: otherUserId })}.${signature}`,
      'wrong secret': sign(header, valid, 'not-the-server-secret'),
    },
  }
}

export type ForgedToken = keyof ReturnType<typeof forgeTokens>['forged']
