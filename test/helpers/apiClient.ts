/**
 * A small HTTP client for the test server: REST with JSON or multipart bodies, and GraphQL,
 * optionally authenticated with the JWT Payload returns on login.
 */
export type ApiResponse<T = any> = { body: T; status: number }

export class ApiClient {
  private token?: string

  /**
   * The session as the admin's cookie carries it (none when anonymous), for requests a browser
   * would make.
   */
  get sessionCookie(): string {
    return this.token ? `payload-token=${this.token}` : ''
  }

  constructor(readonly url: string) {}

  async login(email: string, password: string): Promise<this> {
    const { body, status } = await this.rest('POST', '/api/users/login', { email, password })
    if (status !== 200) {
      throw new Error(`login failed with ${status}: ${JSON.stringify(body)}`)
    }
    this.token = body.token
    return this
  }

  /**
   * This client's credentials as request headers (none when it is anonymous), with `extra`.
   */
  headers(extra: Record<string, string> = {}): Record<string, string> {
    return this.token ? { ...extra, Authorization: `JWT ${this.token}` } : extra
  }

  async rest<T = any>(method: string, path: string, json?: unknown): Promise<ApiResponse<T>> {
    const response = await fetch(new URL(path, this.url), {
      body: json === undefined ? undefined : JSON.stringify(json),
      headers: this.headers(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      method,
    })
    const text = await response.text()
    return { body: text ? JSON.parse(text) : undefined, status: response.status }
  }

  /**
   * A plain GET with this client's credentials, for files and anything that is not JSON. `path`
   * may be a URL from a response (absolute, on this server).
   */
  fetch(path: string): Promise<Response> {
    return fetch(new URL(path, this.url), { headers: this.headers() })
  }

  get<T = any>(path: string) {
    return this.rest<T>('GET', path)
  }

  /**
   * Uploads a file with the document's other fields in `_payload`, as the admin panel does.
   */
  async upload<T = any>(
    collection: string,
    file: { data: Buffer; name: string; type: string },
    data: Record<string, unknown>,
  ): Promise<ApiResponse<T>> {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
    form.append('_payload', JSON.stringify(data))
    const response = await fetch(`${this.url}/api/${collection}`, {
      body: form,
      headers: this.headers(),
      method: 'POST',
    })
    return { body: await response.json(), status: response.status }
  }

  async graphql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<ApiResponse<T>> {
    return this.rest<T>('POST', '/api/graphql', { query, variables })
  }
}
