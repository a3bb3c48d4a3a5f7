import type { SmpChallengeVerifier } from '../options/types.js'

export type ChallengeProviderOptions = {
  /**
   * The secret key the provider gave you (for Friendly Captcha, the API key).
   */
  secret: string
  /**
   * The site key of the widget, which hCaptcha and Friendly Captcha check the answer against.
   */
  siteKey?: string
  /**
   * The provider's siteverify address; change it only for a proxy or a test server.
   */
  url?: string
}

/**
 * Asks a siteverify endpoint and reads `success`. A provider that is down or slow fails the
 * challenge: a submission is never let through unchecked.
 */
const siteverify = async (
  url: string,
  init: { body: string; headers: Record<string, string> },
): Promise<boolean> => {
  const response = await fetch(url, {
    ...init,
    method: 'POST',
    signal: AbortSignal.timeout(5_000),
  })
  if (!response.ok) {
    return false
  }
  const body = (await response.json().catch(() => null)) as null | { success?: unknown }
  return body?.success === true
}

const form = (fields: Record<string, string | undefined>) => ({
  body: new URLSearchParams(
    Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
})

/**
 * Cloudflare Turnstile: the widget writes `cf-turnstile-response`.
 */
export const turnstileVerifier = (options: ChallengeProviderOptions): SmpChallengeVerifier => ({
  field: 'cf-turnstile-response',
  name: 'Cloudflare Turnstile',
  verify: ({ remoteIp, token }) =>
    siteverify(
      options.url ?? 'https://challenges.cloudflare.com/turnstile/v0/siteverify',
      form({ remoteip: remoteIp, response: token, secret: options.secret }),
    ),
})

/**
 * hCaptcha: the widget writes `h-captcha-response`.
 */
export const hcaptchaVerifier = (options: ChallengeProviderOptions): SmpChallengeVerifier => ({
  field: 'h-captcha-response',
  name: 'hCaptcha',
  verify: ({ remoteIp, token }) =>
    siteverify(
      options.url ?? 'https://api.hcaptcha.com/siteverify',
      form({
        remoteip: remoteIp,
        response: token,
        secret: options.secret,
        sitekey: options.siteKey,
      }),
    ),
})

/**
 * Friendly Captcha (v2 API): the widget writes `frc-captcha-response`; the secret is the API key.
 */
export const friendlyCaptchaVerifier = (
  options: ChallengeProviderOptions,
): SmpChallengeVerifier => ({
  field: 'frc-captcha-response',
  name: 'Friendly Captcha',
  verify: ({ token }) =>
    siteverify(options.url ?? 'https://global.frcapi.com/api/v2/captcha/siteverify', {
      body: JSON.stringify({ response: token, sitekey: options.siteKey }),
      headers: { 'content-type': 'application/json', 'x-api-key': options.secret },
    }),
})
