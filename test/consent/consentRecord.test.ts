import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  consentRecord,
  createConsent,
  createGallery,
  createTestimonial,
  inDays,
} from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A consent record that stands up in a complaint: proof of signature, a fingerprint of the signed
 * document, what exactly was allowed (channel, face, name), who signed with what authority, how a
 * revocation arrived, and how long the record must be kept.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false } })
})
afterAll(async () => {
  await server?.close()
})

const fieldErrors = (body: any): { message: string; path: string }[] =>
  body.errors?.[0]?.data?.errors ?? []

/**
 * A one-page PDF with a correct cross-reference table, as a scanner would produce.
 */
const onePagePdf = () => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body)
}
const pdf = onePagePdf()

const uploadConsent = (terms: Record<string, unknown> = {}) =>
  server.admin.upload(
    'consents',
    {
      data: pdf,
      name: `consent-${Math.random().toString(36).slice(2, 8)}.pdf`,
      type: 'application/pdf',
    },
    consentRecord({ electronicSignature: undefined, signatureMethod: 'document', ...terms }),
  )

describe('proof of signature', () => {
  test('a consent created without a signed document or an e-signature record is not valid', async () => {
    const consent = await createConsent(server.admin, { signatureMethod: 'document' })
    expect(consent.status).toBe('no_signature')
    const testimonial = await createTestimonial(server.admin, {
      _status: 'published',
      consent: consent.id,
    })
    expect(testimonial.status).toBe(400)
    expect(fieldErrors(testimonial.body)[0]).toMatchObject({
      message: expect.stringMatching(/no proof of signature/),
      path: 'consent',
    })
  })

  test.each(['ipAddress', 'userAgent'])(
    'an electronic signature without its %s is not valid',
    async (missing) => {
      const evidence: Record<string, string> = {
        ipAddress: '203.0.113.7',
        userAgent: 'Mozilla/5.0',
      }
      delete evidence[missing]
      const consent = await createConsent(server.admin, { electronicSignature: evidence })
      expect(consent.status).toBe('no_signature')
    },
  )

  test.each([
    ['an IP address that is not one', { ipAddress: 'not-an-ip', userAgent: 'Mozilla/5.0 (X11)' }],
    ['a one-letter browser', { ipAddress: '2001:db8::7', userAgent: 'x' }],
  ])('an electronic signature with %s is refused', async (_name, evidence) => {
    const { status } = await server.admin.rest(
      'POST',
      '/api/consents',
      consentRecord({ electronicSignature: evidence }),
    )
    expect(status).toBe(400)
  })

  test('a complete electronic signature is valid', async () => {
    expect((await createConsent(server.admin)).status).toBe('valid')
  })

  test('an uploaded signed document is fingerprinted, served to consent managers, and refused once altered', async () => {
    const { body, status } = await uploadConsent()
    expect([status, body.errors]).toEqual([201, undefined])
    expect(body.doc.status).toBe('valid')
    expect(body.doc.fileSha256).toBe(createHash('sha256').update(pdf).digest('hex'))
    const served = await server.admin.fetch(body.doc.url)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true)
    expect((await fetch(new URL(body.doc.url, server.url))).status).toBe(403)

    const upload = server.payload.collections.consents!.config.upload
    const file = path.join(upload.staticDir!, body.doc.filename)
    expect(await readFile(file)).toEqual(pdf)
    await writeFile(file, Buffer.concat([pdf, Buffer.from('tampered')]))
    const altered = await server.admin.fetch(body.doc.url)
    expect(altered.status).toBe(409)
    expect((await altered.json()).errors[0].message).toMatch(/does not match the fingerprint/)
  })

  test('the fingerprint cannot be set through the API', async () => {
    const consent = await createConsent(server.admin, { fileSha256: 'f'.repeat(64) })
    expect(consent.fileSha256 ?? null).toBeNull()
  })
})

describe('what the client allowed', () => {
  test('a gallery showing more of the face than the consent allows cannot be published', async () => {
    const consent = await createConsent(server.admin, { faceDisplay: 'blurred' })
    const shown = await createGallery(server.admin, {
      _status: 'published',
      consent: consent.id,
      faceShown: 'shown',
    })
    expect(shown.status).toBe(400)
    expect(fieldErrors(shown.body)[0]).toMatchObject({
      message: expect.stringMatching(/face/),
      path: 'consent',
    })
    const blurred = await createGallery(server.admin, {
      _status: 'published',
      consent: consent.id,
      faceShown: 'blurred',
    })
    expect(blurred.status).toBe(201)
  })

  test('a testimonial with a full name needs consent for the name; initials need less', async () => {
    const consent = await createConsent(server.admin, { nameDisplay: 'initials' })
    const full = await createTestimonial(server.admin, {
      _status: 'published',
      clientName: 'Jane Doe',
      consent: consent.id,
    })
    expect(full.status).toBe(400)
    expect(fieldErrors(full.body)[0]?.message).toMatch(/named this way/)
    const initials = await createTestimonial(server.admin, {
      _status: 'published',
      clientName: 'J. D.',
      consent: consent.id,
    })
    expect(initials.status).toBe(201)
    for (const name of ['TOM LEE', 'MAX', 'JD', 'ＴＯＭ ＬＥＥ', 'Jo Ann Li']) {
      const named = await createTestimonial(server.admin, {
        _status: 'published',
        clientName: name,
        consent: consent.id,
      })
      expect([name, named.status]).toEqual([name, 400])
    }
  })

  test('narrowing a consent unpublishes what it no longer covers, and only that', async () => {
    const consent = await createConsent(server.admin)
    const face = await createGallery(server.admin, { _status: 'published', consent: consent.id })
    const scalp = await createGallery(server.admin, {
      _status: 'published',
      consent: consent.id,
      faceShown: 'none',
    })
    await server.admin.rest('PATCH', `/api/consents/${consent.id}`, { faceDisplay: 'none' })
    const statusOf = async (id: number | string) =>
      (await server.admin.get(`/api/before-after-galleries/${id}`)).body._status
    expect(await statusOf(face.body.doc.id)).toBe('draft')
    expect(await statusOf(scalp.body.doc.id)).toBe('published')
    expect((await server.anonymous.get(`/api/media/${face.before.id}`)).status).toBe(404)
    expect((await server.anonymous.get(`/api/media/${scalp.before.id}`)).status).toBe(200)
  })

  test('each channel is its own choice, and only the website channel allows publishing here', async () => {
    const social = await createConsent(server.admin, { scopes: ['social', 'print', 'education'] })
    expect(social.status).toBe('not_for_website')
    const all = await createConsent(server.admin, {
      scopes: ['website', 'social', 'advertising', 'print', 'education'],
    })
    expect(all.scopes).toEqual(['website', 'social', 'advertising', 'print', 'education'])
  })

  test.each([[{}], [true], [0], [[]], [['billboard']], ['website']])(
    'channels given as %p are refused with 400 and nothing is stored',
    async (scopes) => {
      const before = (await server.admin.get('/api/consents?limit=0')).body.totalDocs
      const { body, status } = await server.admin.rest(
        'POST',
        '/api/consents',
        consentRecord({ scopes }),
      )
      expect(status).toBe(400)
      expect(JSON.stringify(body)).toContain('scopes')
      expect((await server.admin.get('/api/consents?limit=0')).body.totalDocs).toBe(before)
    },
  )
})

describe('who signed, the revocation and the retention', () => {
  test('a guardian or representative must say how they relate to the client', async () => {
    const { body, status } = await server.admin.rest(
      'POST',
      '/api/consents',
      consentRecord({ signer: { authority: 'guardian', name: 'Pat Parent' } }),
    )
    expect(status).toBe(400)
    expect(fieldErrors(body).map(({ path }) => path)).toContain('signer.relationship')
    const ok = await createConsent(server.admin, {
      signer: { authority: 'guardian', name: 'Pat Parent', relationship: 'Mother' },
    })
    expect(ok.signer).toMatchObject({ authority: 'guardian', relationship: 'Mother' })
  })

  test.each(['subject', 'formVersion'])('a blank %s is refused', async (field) => {
    const { status } = await server.admin.rest(
      'POST',
      '/api/consents',
      consentRecord({ [field]: '   ' }),
    )
    expect(status).toBe(400)
  })

  test('a revocation records how it arrived, who took it and what was already printed', async () => {
    const consent = await createConsent(server.admin)
    const revocation = {
      alreadyPrinted: '200 brochures (spring 2026)',
      receivedBy: 'Front desk, M. L.',
      receivedVia: 'letter',
    }
    const { body } = await server.admin.rest('PATCH', `/api/consents/${consent.id}`, {
      revocation,
      revokedAt: inDays(-1),
    })
    expect(body.doc.status).toBe('revoked')
    expect(body.doc.revocation).toMatchObject(revocation)
  })

  test('the record is retained six years after it was last in effect', async () => {
    const expiresAt = inDays(-10)
    const consent = await createConsent(server.admin, { expiresAt, signedAt: inDays(-400) })
    const expected = new Date(expiresAt)
    expected.setUTCFullYear(expected.getUTCFullYear() + 6)
    expect(consent.retainUntil).toBe(expected.toISOString())
    const current = await createConsent(server.admin)
    const years = (new Date(current.retainUntil).getTime() - Date.now()) / (365.25 * 864e5)
    expect(Math.round(years)).toBe(6)
  })

  test('every change is kept as a version', async () => {
    const consent = await createConsent(server.admin)
    await server.admin.rest('PATCH', `/api/consents/${consent.id}`, { notes: 'Called to confirm' })
    await server.admin.rest('PATCH', `/api/consents/${consent.id}`, { expiresAt: inDays(90) })
    const { body, status } = await server.admin.get(
      `/api/consents/versions?where[parent][equals]=${consent.id}&limit=0`,
    )
    expect(status).toBe(200)
    expect(body.totalDocs).toBe(3)
    expect((await server.anonymous.get('/api/consents/versions')).status).toBe(403)
  })
})
