import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { friendlyCaptchaVerifier, hcaptchaVerifier, turnstileVerifier } from '../../src/index.js'

/**
 * Each challenge verifier against a local server speaking its provider's siteverify protocol:
 * what it sends (form fields or JSON, the key where the provider expects it) and how it reads
 * the answer. A provider that answers an error, garbage or nothing fails the challenge.
 */
type Seen = { body: string; headers: IncomingMessage['headers']; path: string }
let server: Server
let base: string
const seen: Seen[] = []
let answer: { body: string; status: number } = { body: '{"success":true}', status: 200 }

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      seen.push({ body, headers: req.headers, path: req.url ?? '' })
      res.writeHead(answer.status, { 'content-type': 'application/json' })
      res.end(answer.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => server.close())
beforeEach(() => {
  seen.length = 0
  answer = { body: '{"success":true}', status: 200 }
})

test('Turnstile: form-encoded secret, response and remoteip; reads success', async () => {
  const verifier = turnstileVerifier({ secret: 'ts-secret', url: `${base}/turnstile` })
  expect(verifier.field).toBe('cf-turnstile-response')
  expect(await verifier.verify({ remoteIp: '203.0.113.9', token: 'tok' })).toBe(true)
  expect(seen[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded')
  expect(Object.fromEntries(new URLSearchParams(seen[0]!.body))).toEqual({
    remoteip: '203.0.113.9',
    response: 'tok',
    secret: 'ts-secret',
  })
  answer = { body: '{"success":false,"error-codes":["timeout-or-duplicate"]}', status: 200 }
  expect(await verifier.verify({ remoteIp: '203.0.113.9', token: 'tok' })).toBe(false)
})

test('hCaptcha: form-encoded, with the site key', async () => {
  const verifier = hcaptchaVerifier({ secret: 'hc-secret', siteKey: 'site-1', url: `${base}/hc` })
  expect(verifier.field).toBe('h-captcha-response')
  expect(await verifier.verify({ remoteIp: '198.51.100.4', token: 'answer' })).toBe(true)
  expect(Object.fromEntries(new URLSearchParams(seen[0]!.body))).toEqual({
    remoteip: '198.51.100.4',
    response: 'answer',
    secret: 'hc-secret',
    sitekey: 'site-1',
  })
})

test('Friendly Captcha: JSON with the API key in X-API-Key', async () => {
  const verifier = friendlyCaptchaVerifier({
    secret: 'fc-key',
    siteKey: 'FC-SITE',
    url: `${base}/fc`,
  })
  expect(verifier.field).toBe('frc-captcha-response')
  expect(await verifier.verify({ remoteIp: '192.0.2.1', token: 'solution' })).toBe(true)
  expect(seen[0]!.headers['x-api-key']).toBe('fc-key')
  expect(seen[0]!.headers['content-type']).toBe('application/json')
  expect(JSON.parse(seen[0]!.body)).toEqual({ response: 'solution', sitekey: 'FC-SITE' })
})

test('an error status, a body that is not JSON, or no server at all fails the challenge', async () => {
  const verifier = turnstileVerifier({ secret: 's', url: `${base}/turnstile` })
  answer = { body: '{"success":true}', status: 500 }
  expect(await verifier.verify({ remoteIp: '', token: 't' })).toBe(false)
  answer = { body: '<html>maintenance</html>', status: 200 }
  expect(await verifier.verify({ remoteIp: '', token: 't' })).toBe(false)
  answer = { body: '{"success":"yes"}', status: 200 }
  expect(await verifier.verify({ remoteIp: '', token: 't' })).toBe(false)
  const nobody = turnstileVerifier({ secret: 's', url: 'http://127.0.0.1:9/siteverify' })
  await expect(nobody.verify({ remoteIp: '', token: 't' })).rejects.toThrow()
})
