/**
 * A `Host` header as browsers and proxies send it: a name (letters, digits, hyphens, dots, and
 * the underscores of container and service names) or a bracketed IPv6 address, with an optional
 * port. Anything else (a path, `#`, spaces, a port
 * out of range) is a forged or broken request.
 */
const hostPattern =
  /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i

/**
 * Whether `host` is a well-formed `Host` header value.
 */
export const validHost = (host: string | undefined): host is string => {
  const match = host ? hostPattern.exec(host) : null
  return Boolean(match) && (match![1] === undefined || Number(match![1]) <= 65_535)
}

/**
 * The URL a request is for, as every part of the server must see it: the host from the `Host`
 * header (which also says which clinic of a chain is asked) and the path and query from the
 * request line. A request line in absolute form (`GET http://other.example/api/…`) gives its
 * path only, so the response cache's key, Payload's request and the clinic all name the same
 * host. Null when the `Host` header is missing or malformed: answer it 400.
 */
export const requestUrl = (
  protocol: string,
  host: string | undefined,
  target: string,
): null | URL => {
  if (!validHost(host)) {
    return null
  }
  let path = target || '/'
  if (!path.startsWith('/')) {
    try {
      const absolute = new URL(path)
      path = `${absolute.pathname}${absolute.search}`
    } catch {
      return null
    }
  }
  try {
    // `//evil.example/…` would be read as a host of its own: the path keeps one leading slash.
    return new URL(`${protocol}://${host}${path.replace(/^\/+/, '/')}`)
  } catch {
    return null
  }
}
