import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readdir } from 'node:fs/promises'

import { turnstileVerifier } from '../../src/index.js'
import { png } from '../helpers/fixtures.js'
import { pngHeader } from '../helpers/pngHeader.js'
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtpInbox.js'
import { testClock } from '../helpers/testClock.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * The public submission form, end to end over HTTP: a real SMTP server on loopback receives the
 * e-mails, a local server speaks Turnstile's siteverify protocol, and the clock is the suite's.
 */
const clock = testClock()
const minute = 60_000
let server: TestServer
let inbox: SmtpInbox
let siteverify: Server
const siteverifyCalls: { remoteip: null | string; response: null | string }[] = []

beforeAll(async () => {
  inbox = await startSmtpInbox()
  siteverify = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const form = new URLSearchParams(body)
      siteverifyCalls.push({ remoteip: form.get('remoteip'), response: form.get('response') })
      const success = form.get('secret') === 'turnstile-secret' && form.get('response') === 'passed'
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ 'error-codes': success ? [] : ['invalid-input-response'], success }))
    })
  })
  await new Promise<void>((resolve) => siteverify.listen(0, '127.0.0.1', resolve))
  const { port } = siteverify.address() as AddressInfo
  server = await startTestServer({
    plugin: {
      clock: clock.now,
      submissions: {
        challenge: turnstileVerifier({
          secret: 'turnstile-secret',
          url: `http://127.0.0.1:${port}/turnstile/v0/siteverify`,
        }),
        notify: ['front-desk@clinic.test'],
        rateLimit: { perEmail: 2, perIp: 4, windowMinutes: 60 },
      },
      site: { organization: { name: 'Northside SMP' } },
      uploads: { maxImageBytes: 400_000 },
    },
    smtpUrl: inbox.url,
  })
}, 120_000)

afterAll(async () => {
  await server?.close()
  await inbox?.close()
  siteverify?.close()
})

type Form = Record<string, string | string[]>

const browser =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'

const story = (tag: string) =>
  `The pigment matched my stubble and nobody notices it is not hair. Three sessions, ${tag}.`

const fields = (tag: string, overrides: Form = {}): Form => ({
  'cf-turnstile-response': 'passed',
  channels: ['website', 'social'],
  email: `client-${tag}@example.test`,
  expiresAt: '2031-12-31',
  faceDisplay: 'shown',
  homepage: '',
  name: 'Jordan Diaz',
  nameDisplay: 'initials',
  rating: '4',
  signature: 'Jordan Diaz',
  statements: ['may_revoke', 'treatment_not_conditioned', 'may_be_redisclosed'],
  story: story(tag),
  treatment: 'hairline',
  photosUnedited: 'yes',
  ...overrides,
})

/**
 * A form as a browser sends it, with a token served `age` ms ago by the suite's clock.
 */
const submit = async (
  form: Form,
  {
    age = 30_000,
    headers = {},
    photos = [],
    token,
  }: {
    age?: number
    headers?: Record<string, string>
    photos?: { data: Buffer; field: string; name: string; type: string }[]
    /** A token already served, sent again; a new one is asked for when none is given. */
    token?: string
  } = {},
) => {
  const formToken =
    token ?? (await server.anonymous.get('/api/smp-clinic/submission-form')).body.token
  clock.advance(age)
  const data = new FormData()
  data.set('formToken', formToken)
  for (const [name, value] of Object.entries(form)) {
    for (const each of Array.isArray(value) ? value : [value]) {
      data.append(name, each)
    }
  }
  for (const photo of photos) {
    data.append(
      photo.field,
      new Blob([new Uint8Array(photo.data)], { type: photo.type }),
      photo.name,
    )
  }
  const response = await fetch(`${server.url}/api/smp-clinic/submissions`, {
    body: data,
    headers: { 'user-agent': browser, ...headers },
    method: 'POST',
  })
  return { body: await response.json(), headers: response.headers, status: response.status }
}

const pairOfPhotos = () => [
  { ...png(), field: 'before' },
  { ...png('sparse'), field: 'after' },
]

/**
 * Everything a submission could have stored: documents of each kind and files on disk.
 */
const stored = async () => {
  const count = async (slug: string) =>
    (await server.admin.get(`/api/${slug}?limit=0&depth=0&draft=true`)).body.totalDocs as number
  const files = await readdir(`${server.uploadsDir}/media`).catch(() => [])
  return {
    consents: await count('consents'),
    files: files.length,
    galleries: await count('before-after-galleries'),
    media: await count('media'),
    submissions: await count('smp-submissions'),
    testimonials: await count('testimonials'),
  }
}

const linkIn = (text: string, action: 'confirm' | 'revoke') => {
  const match = new RegExp(`https?://\\S+/smp-clinic/submissions/${action}\\?token=[\\w%-]+`).exec(
    text,
  )
  if (!match) {
    throw new Error(`no ${action} link in: ${text}`)
  }
  return match[0]
}

/** How far a stored time is from the suite's clock, in seconds. */
const secondsFromNow = (iso: string) => Math.abs(clock.now().getTime() - Date.parse(iso)) / 1000

const errorPaths = (body: { errors?: { data?: { errors?: { path: string }[] } }[] }) =>
  (body.errors ?? []).flatMap((error) => (error.data?.errors ?? []).map(({ path }) => path))

describe('a client tells their story', () => {
  let confirmLink: string
  let revokeLink: string
  let submissionId: number | string
  let testimonialId: number | string
  let galleryId: number | string
  let photoUrls: string[] = []

  test('the form endpoint gives a signed token, the authorization text and the choices, never cached', async () => {
    const raw = await fetch(`${server.url}/api/smp-clinic/submission-form`)
    expect(raw.headers.get('cache-control')).toBe('no-store')
    const response = { body: await raw.json(), status: raw.status }
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      challenge: { field: 'cf-turnstile-response', provider: 'Cloudflare Turnstile' },
      formVersion: 'smp-authorization-1',
      honeypot: 'homepage',
    })
    expect(response.body.token).toMatch(/^[0-9a-z]+\.[\w-]{43}$/)
    expect(response.body.authorization.statements.map((s: { value: string }) => s.value)).toEqual([
      'may_revoke',
      'treatment_not_conditioned',
      'may_be_redisclosed',
    ])
    expect(response.body.authorization.purpose).toContain('Northside SMP')
    expect(response.body.choices.channels.map((c: { value: string }) => c.value)).toEqual([
      'website',
      'social',
      'advertising',
      'print',
      'education',
    ])
    // Only what can be published is offered: a story written by AI is refused.
    expect(response.body.choices.aiAssistance.map((c: { value: string }) => c.value)).toEqual([
      'none',
      'assisted',
    ])
  })

  test('a submission with photos is stored whole, private, and the e-mail carries both links', async () => {
    const before = await stored()
    const response = await submit(fields('happy', { aiAssistance: 'assisted' }), {
      // A client cannot name its own address: the server sets it from the connection.
      headers: { 'x-real-ip': '198.51.100.99' },
      photos: pairOfPhotos(),
    })
    expect(response.status).toBe(202)
    expect(response.body.message).toContain('client-happy@example.test')
    expect(siteverifyCalls.at(-1)).toEqual({ remoteip: '127.0.0.1', response: 'passed' })
    expect(await stored()).toMatchObject({
      consents: before.consents + 1,
      galleries: before.galleries + 1,
      media: before.media + 2,
      submissions: before.submissions + 1,
      testimonials: before.testimonials + 1,
    })

    const mail = await inbox.to('client-happy@example.test')
    expect(mail.subject).toBe('Confirm your story for Northside SMP')
    confirmLink = linkIn(mail.text, 'confirm')
    revokeLink = linkIn(mail.text, 'revoke')

    const { docs } = (
      await server.admin.get('/api/smp-submissions?where[email][equals]=client-happy@example.test')
    ).body
    expect(docs).toHaveLength(1)
    const submission = docs[0]
    expect(submission).toMatchObject({ name: 'Jordan Diaz', rating: 4, status: 'new' })
    expect(submission).not.toHaveProperty('confirmHash')
    expect(submission).not.toHaveProperty('ipHash')
    submissionId = submission.id
    testimonialId = submission.testimonial.id ?? submission.testimonial
    galleryId = submission.gallery.id ?? submission.gallery

    const testimonial = (
      await server.admin.get(`/api/testimonials/${testimonialId}?draft=true&depth=0`)
    ).body
    expect(testimonial).toMatchObject({
      _status: 'draft',
      clientName: 'J. D.',
      consentState: 'not_verified',
      quote: story('happy'),
      aiAssistance: 'assisted',
      disclosure: 'The author used an AI tool to help word this testimonial.',
      rating: 4,
      source: 'submitted',
      verifiedClient: false,
    })
    expect(secondsFromNow(testimonial.receivedAt)).toBeLessThan(30)
    const consent = (await server.admin.get(`/api/consents/${testimonial.consent}`)).body
    expect(consent).toMatchObject({
      electronicSignature: { ipAddress: '127.0.0.1' },
      faceDisplay: 'shown',
      formVersion: 'smp-authorization-1',
      nameDisplay: 'initials',
      scopes: ['website', 'social'],
      signatureMethod: 'electronic',
      signer: { authority: 'client', name: 'Jordan Diaz' },
      status: 'not_verified',
      verification: { required: true },
    })
    expect(consent.electronicSignature.userAgent).toBeTruthy()
    expect(consent.authorization.statements).toEqual({
      mayBeRedisclosed: true,
      mayRevoke: true,
      treatmentNotConditioned: true,
    })
    expect(consent.expiresAt).toBe('2031-12-31T23:59:59.000Z')

    const gallery = (
      await server.admin.get(`/api/before-after-galleries/${galleryId}?draft=true&depth=1`)
    ).body
    photoUrls = gallery.pairs.flatMap(
      (pair: { after: { url: string }; before: { url: string } }) => [
        pair.before.url,
        pair.after.url,
      ],
    )
    expect(photoUrls).toHaveLength(2)

    // Nothing of it is public, on any path.
    for (const path of [
      `/api/smp-submissions/${submissionId}`,
      '/api/smp-submissions',
      `/api/testimonials/${testimonialId}`,
      `/api/before-after-galleries/${galleryId}`,
      `/api/consents/${testimonial.consent}`,
    ]) {
      const answer = await server.anonymous.get(path)
      expect([answer.status, JSON.stringify(answer.body)]).not.toContain('Jordan')
      expect(answer.status === 200 ? (answer.body.docs?.length ?? 1) : 0).toBe(
        path === '/api/smp-submissions' ? 0 : 0,
      )
    }
    for (const url of photoUrls) {
      expect((await fetch(new URL(url, server.url))).status).toBe(403)
    }
  })

  test('an editor cannot moderate before the address is confirmed', async () => {
    const response = await server.admin.rest('PATCH', `/api/smp-submissions/${submissionId}`, {
      reason: 'authorization_checked',
      status: 'approved',
    })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('status')
  })

  test('a copy of the form signature entered through the API still needs an editor to verify it', async () => {
    const testimonial = (await server.admin.get(`/api/testimonials/${testimonialId}?draft=true`))
      .body
    const consentId = testimonial.consent?.id ?? testimonial.consent
    const original = (await server.admin.get(`/api/consents/${consentId}?depth=0`)).body
    const {
      createdAt: _createdAt,
      id: _id,
      retainUntil: _retainUntil,
      status: _status,
      updatedAt: _updatedAt,
      verification: _verification,
      ...copy
    } = original
    const created = await server.admin.rest('POST', '/api/consents', copy)
    expect(created.status).toBe(201)
    expect(created.body.doc.status).toBe('not_verified')
    const publish = await server.admin.rest('PATCH', `/api/testimonials/${testimonialId}`, {
      _status: 'published',
      consent: created.body.doc.id,
    })
    expect(publish.status).toBe(400)
    expect(errorPaths(publish.body)).toContain('consent')
    await server.admin.rest('DELETE', `/api/consents/${created.body.doc.id}`)
  })

  test('the links answer a page whose button does it: opening the link changes nothing', async () => {
    const page = await fetch(confirmLink)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<form method="post"')
    const { body } = await server.admin.get(`/api/smp-submissions/${submissionId}`)
    expect(body.status).toBe('new')
  })

  test('confirming works once; the editors are told', async () => {
    const confirmed = await fetch(confirmLink, { method: 'POST' })
    expect(confirmed.status).toBe(200)
    const again = await fetch(confirmLink, { method: 'POST' })
    expect(again.status).toBe(410)
    const { body } = await server.admin.get(`/api/smp-submissions/${submissionId}`)
    expect(body.status).toBe('verified')
    expect(body.emailConfirmedAt).toBeTruthy()
    // The testimonial keeps the confirmation as part of its provenance.
    const testimonial = (await server.admin.get(`/api/testimonials/${testimonialId}?draft=true`))
      .body
    expect(testimonial.emailConfirmedAt).toBe(body.emailConfirmedAt)
    const notice = await inbox.to('front-desk@clinic.test')
    expect(notice.text).toContain(`/admin/collections/smp-submissions/${submissionId}`)
  })

  test('a rejection needs a reason about content or consent; an approval verifies the consent and publishes', async () => {
    const noReason = await server.admin.rest('PATCH', `/api/smp-submissions/${submissionId}`, {
      status: 'rejected',
    })
    expect(noReason.status).toBe(400)
    expect(errorPaths(noReason.body)).toContain('reason')
    const wrongKind = await server.admin.rest('PATCH', `/api/smp-submissions/${submissionId}`, {
      reason: 'spam',
      status: 'approved',
    })
    expect(wrongKind.status).toBe(400)

    const approved = await server.admin.rest('PATCH', `/api/smp-submissions/${submissionId}`, {
      reason: 'matched_to_appointment',
      status: 'approved',
    })
    expect(approved.status).toBe(200)
    const testimonial = (await server.anonymous.get(`/api/testimonials/${testimonialId}`)).body
    expect(testimonial).toMatchObject({
      clientName: 'J. D.',
      source: 'submitted',
      verifiedClient: true,
    })
    expect(secondsFromNow(testimonial.verifiedAt)).toBeLessThan(30)
    expect(testimonial.receivedAt).toEqual(expect.any(String))
    expect(testimonial.emailConfirmedAt).toEqual(expect.any(String))
    // The evidence names the editor and the submission: editors see it, the public does not.
    expect(testimonial).not.toHaveProperty('verificationEvidence')
    const asEditor = (await server.admin.get(`/api/testimonials/${testimonialId}`)).body
    expect(asEditor.verificationEvidence).toMatch(
      new RegExp(`Submission ${submissionId}: .*matched to an appointment by \\S+@`),
    )
    expect((await server.anonymous.get(`/api/before-after-galleries/${galleryId}`)).status).toBe(
      200,
    )
    for (const url of photoUrls) {
      expect((await fetch(new URL(url, server.url))).status).toBe(200)
    }
  })

  test('the revoke link takes it down at that instant: the photos answer 403 at once', async () => {
    const revoked = await fetch(revokeLink, {
      headers: { accept: 'application/json' },
      method: 'POST',
    })
    expect(revoked.status).toBe(200)
    for (const url of photoUrls) {
      expect((await fetch(new URL(url, server.url))).status).toBe(403)
    }
    expect((await server.anonymous.get(`/api/testimonials/${testimonialId}`)).status).toBe(404)
    const again = await fetch(revokeLink, {
      headers: { accept: 'application/json' },
      method: 'POST',
    })
    expect(again.status).toBe(200)
    expect((await again.json()).message).toMatch(/already revoked/)
  })
})

describe('spam and mistakes are refused with a 4xx naming the field, and store nothing', () => {
  const refusedCases: [string, () => ReturnType<typeof submit>, number, string][] = [
    [
      'the honeypot filled in',
      () => submit(fields('honeypot', { homepage: 'http://spam.test' })),
      400,
      'homepage',
    ],
    ['sent too fast', () => submit(fields('fast'), { age: 1_000 }), 400, 'formToken'],
    [
      'both an end date and an end event',
      () => submit(fields('both-ends', { expiryEvent: 'Until I revoke it' })),
      400,
      'expiryEvent',
    ],
    [
      'a field sent twice',
      () => submit(fields('twice', { aiAssistance: ['assisted', 'generated'] })),
      400,
      'aiAssistance',
    ],
    [
      'a story written by AI',
      () => submit(fields('ai', { aiAssistance: 'generated' })),
      400,
      'aiAssistance',
    ],
    [
      'a forged token',
      async () => {
        const data = new FormData()
        for (const [name, value] of Object.entries(fields('forged'))) {
          for (const each of Array.isArray(value) ? value : [value]) data.append(name, each)
        }
        data.set('formToken', 'lz0a1b2c.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
        const response = await fetch(`${server.url}/api/smp-clinic/submissions`, {
          body: data,
          method: 'POST',
        })
        return { body: await response.json(), headers: response.headers, status: response.status }
      },
      400,
      'formToken',
    ],
    [
      'a failed challenge',
      () => submit(fields('challenge', { 'cf-turnstile-response': 'bot' })),
      400,
      'cf-turnstile-response',
    ],
    [
      'an oversized photo',
      () =>
        submit(fields('big'), {
          photos: [
            {
              data: Buffer.concat([png().data, Buffer.alloc(500_000)]),
              field: 'before',
              name: 'big.png',
              type: 'image/png',
            },
            { ...png(), field: 'after' },
          ],
        }),
      400,
      'before',
    ],
    [
      'a pixel bomb',
      () =>
        submit(fields('bomb'), {
          photos: [
            { ...png(), field: 'before' },
            {
              data: pngHeader(30_000, 30_000),
              field: 'after',
              name: 'bomb.png',
              type: 'image/png',
            },
          ],
        }),
      413,
      'after',
    ],
    [
      'a text file posing as a photo',
      () =>
        submit(fields('fake'), {
          photos: [
            {
              data: Buffer.from('not an image at all'),
              field: 'before',
              name: 'x.png',
              type: 'image/png',
            },
            { ...png(), field: 'after' },
          ],
        }),
      400,
      'before',
    ],
    [
      'photos not in pairs',
      () => submit(fields('odd'), { photos: [{ ...png(), field: 'before' }] }),
      400,
      'after',
    ],
    [
      'a signature that is not the name',
      () => submit(fields('sign', { signature: 'J' })),
      400,
      'signature',
    ],
    [
      'a statement left unticked',
      () => submit(fields('statement', { statements: ['may_revoke'] })),
      400,
      'statements',
    ],
    [
      'an end date that does not exist',
      () => submit(fields('feb30', { expiresAt: '2031-02-30' })),
      400,
      'expiresAt',
    ],
    [
      'a rating written as anything but whole stars',
      () => submit(fields('hex', { rating: '0x4' })),
      400,
      'rating',
    ],
    ['no end date or event', () => submit(fields('noend', { expiresAt: '' })), 400, 'expiresAt'],
  ]

  test.each(refusedCases)('%s', async (_name, send, status, path) => {
    const before = await stored()
    const response = await send()
    expect(response.status).toBe(status)
    expect(JSON.stringify(response.body)).toContain(`"path":"${path}"`)
    expect(await stored()).toEqual(before)
  })

  test('a story already submitted is a 409', async () => {
    clock.advance(61 * minute)
    expect((await submit(fields('dup'))).status).toBe(202)
    const before = await stored()
    const again = await submit(fields('dup', { email: 'other-dup@example.test' }))
    expect(again.status).toBe(409)
    // The same story with invisible characters inside a word is the same story.
    const hidden = await submit({
      ...fields('dup', { email: 'third-dup@example.test' }),
      story: story('dup').replace('pigment', 'pig\u200bment'),
    })
    expect(hidden.status).toBe(409)
    expect(await stored()).toEqual(before)
  })

  test('a form is sent once: its token again is a 409, even for another story', async () => {
    clock.advance(61 * minute)
    const { body: formInfo } = await server.anonymous.get('/api/smp-clinic/submission-form')
    expect((await submit(fields('once-a'), { token: formInfo.token })).status).toBe(202)
    const before = await stored()
    const again = await submit(fields('once-b', { email: 'once-b@example.test' }), {
      age: 1_000,
      token: formInfo.token,
    })
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).toContain('"path":"formToken"')
    // The same token written another way is not a new form.
    const [time, signature] = formInfo.token.split('.')
    for (const [index, spelling] of [
      `${time.toUpperCase()}.${signature}`,
      `0${formInfo.token}`,
      `${formInfo.token}.extra`,
    ].entries()) {
      const respelled = await submit(
        fields(`once-respelled-${index}`, { email: `once-${index}@example.test` }),
        { age: 1_000, token: spelling },
      )
      expect([spelling, respelled.status, errorPaths(respelled.body)]).toEqual([
        spelling,
        400,
        ['formToken'],
      ])
    }
    expect(await stored()).toEqual(before)
  })

  test('sent at the same moment, the limits still hold: no two pass the same last place', async () => {
    clock.advance(61 * minute)
    const before = await stored()
    // Six different stories from one IP (the suite's), whose limit is four in the window.
    const burst = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) =>
        submit(fields(`burst-${n}`, { email: `burst-${n}@example.test` })),
      ),
    )
    expect(burst.map(({ status }) => status).sort()).toEqual([202, 202, 202, 202, 429, 429])
    expect((await stored()).submissions).toBe(before.submissions + 4)

    clock.advance(61 * minute)
    // One story sent three times at once, from three addresses: one is stored.
    const copies = await Promise.all(
      ['x', 'y', 'z'].map((tag) =>
        submit({ ...fields('copied', { email: `copy-${tag}@example.test` }) }),
      ),
    )
    expect(copies.map(({ status }) => status).sort()).toEqual([202, 409, 409])
    expect((await stored()).submissions).toBe(before.submissions + 5)
  })

  test('the GraphQL mutation takes a story without photos the same way, and refuses the same way', async () => {
    clock.advance(61 * minute)
    const submitStory = async (input: Record<string, unknown>) => {
      const { body: formInfo } = await server.anonymous.get('/api/smp-clinic/submission-form')
      clock.advance(30_000)
      const response = await fetch(`${server.url}/api/graphql`, {
        body: JSON.stringify({
          query: 'mutation ($input: SubmitStoryInput!) { SubmitStory(input: $input) { message } }',
          variables: { input: { formToken: formInfo.token, ...input } },
        }),
        // A client cannot name its own address over GraphQL either.
        headers: {
          'content-type': 'application/json',
          'user-agent': browser,
          'x-forwarded-for': '198.51.100.5',
          'x-real-ip': '203.0.113.77',
        },
        method: 'POST',
      })
      return (await response.json()) as { data?: any; errors?: any[] }
    }
    const form = fields('graphql')
    const input = {
      challengeResponse: 'passed',
      channels: form.channels,
      email: form.email,
      expiresAt: form.expiresAt,
      faceDisplay: 'none',
      name: form.name,
      nameDisplay: 'full',
      rating: 5,
      signature: form.signature,
      statements: form.statements,
      story: form.story,
      treatment: 'density',
    }
    const before = await stored()
    const accepted = await submitStory({ ...input, homepage: '' })
    expect(accepted.errors).toBeUndefined()
    expect(accepted.data.SubmitStory.message).toContain('client-graphql@example.test')
    const { docs } = (
      await server.admin.get(
        '/api/smp-submissions?where[email][equals]=client-graphql@example.test&depth=1',
      )
    ).body
    expect(docs[0].consent.electronicSignature.ipAddress).toBe('127.0.0.1')
    expect(await stored()).toMatchObject({
      consents: before.consents + 1,
      galleries: before.galleries,
      media: before.media,
      submissions: before.submissions + 1,
      testimonials: before.testimonials + 1,
    })
    expect((await inbox.to('client-graphql@example.test')).subject).toBe(
      'Confirm your story for Northside SMP',
    )

    const after = await stored()
    const refused = await submitStory({
      ...input,
      email: 'client-graphql-2@example.test',
      statements: ['may_revoke'],
      story: story('graphql-2'),
    })
    expect(refused.data.SubmitStory).toBeNull()
    expect(JSON.stringify(refused.errors)).toContain('"path":"statements"')
    const again = await submitStory({ ...input, email: 'client-graphql-3@example.test' })
    expect(JSON.stringify(again.errors)).toMatch(/already been submitted/)
    const challenge = await submitStory({
      ...input,
      challengeResponse: 'bot',
      email: 'client-graphql-4@example.test',
      story: story('graphql-4'),
    })
    expect(JSON.stringify(challenge.errors)).toContain('"path":"cf-turnstile-response"')
    expect(await stored()).toEqual(after)

    // Two submissions in one document, one form: each answered on its own.
    const { body: formInfo } = await server.anonymous.get('/api/smp-clinic/submission-form')
    clock.advance(30_000)
    const pair = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({
        query:
          'mutation ($a: SubmitStoryInput!, $b: SubmitStoryInput!) { a: SubmitStory(input: $a) { message } b: SubmitStory(input: $b) { message } }',
        variables: {
          a: {
            ...input,
            email: 'pair-a@example.test',
            formToken: formInfo.token,
            story: story('pair-a'),
          },
          b: {
            ...input,
            email: 'pair-b@example.test',
            formToken: formInfo.token,
            story: story('pair-b'),
          },
        },
      }),
      headers: { 'content-type': 'application/json', 'user-agent': browser },
      method: 'POST',
    }).then((response) => response.json())
    expect(pair.data.a.message).toContain('pair-a@example.test')
    expect(pair.data.b).toBeNull()
    expect(JSON.stringify(pair.errors)).toContain('"path":"formToken"')
    expect((await stored()).submissions).toBe(after.submissions + 1)
  })

  test('an e-mail that cannot be sent stores nothing (502)', async () => {
    clock.advance(61 * minute)
    const before = await stored()
    inbox.refuse = '451 mailbox unavailable'
    try {
      const response = await submit(fields('nomail'), { photos: pairOfPhotos() })
      expect(response.status).toBe(502)
      expect(JSON.stringify(response.body)).toContain('"path":"email"')
    } finally {
      inbox.refuse = null
    }
    expect(await stored()).toEqual(before)
  })

  test('per address and per IP limits answer 429 with Retry-After, shared through the database', async () => {
    clock.advance(61 * minute)
    expect((await submit(fields('rate-a1', { email: 'same@example.test' }))).status).toBe(202)
    expect((await submit(fields('rate-a2', { email: 'same@example.test' }))).status).toBe(202)
    const third = await submit(fields('rate-a3', { email: 'same@example.test' }))
    expect(third.status).toBe(429)
    expect(JSON.stringify(third.body)).toContain('"path":"email"')
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0)

    expect((await submit(fields('rate-b1'))).status).toBe(202)
    expect((await submit(fields('rate-b2'))).status).toBe(202)
    const before = await stored()
    const overIp = await submit(fields('rate-b3'), {
      headers: { 'x-forwarded-for': '203.0.113.5' },
    })
    expect(overIp.status).toBe(429)
    expect(await stored()).toEqual(before)
  })
})
