import type { ApiClient } from './apiClient.js'

import { placeholderPng } from '../../src/internal.js'

/**
 * Documents the tests create through the REST API as an editor would.
 */
/**
 * An image just large enough for the smallest step of every size ladder (480 pixels wide), so
 * the tests see real sizes without paying for large ones.
 */
export const png = (density: 'dense' | 'sparse' = 'dense') => ({
  data: placeholderPng({ density, height: 390, width: 520 }),
  name: `photo-${density}.png`,
  type: 'image/png',
})

const day = 24 * 60 * 60 * 1000

/**
 * A consent that stands up: signed electronically a day ago by the client, with the signature
 * evidence recorded, covering the website with face and full name. `terms` change any of it.
 */
export const consentRecord = (terms: Record<string, unknown> = {}) => ({
  electronicSignature: { ipAddress: '203.0.113.7', userAgent: 'Mozilla/5.0 (test)' },
  faceDisplay: 'shown',
  formVersion: '2026-01',
  nameDisplay: 'full',
  scopes: ['website'],
  signatureMethod: 'electronic',
  signedAt: new Date(Date.now() - day).toISOString(),
  signer: { authority: 'client', name: 'Test client' },
  subject: 'Test client',
  ...terms,
})

export const createConsent = async (api: ApiClient, terms: Record<string, unknown> = {}) => {
  const { body, status } = await api.rest('POST', '/api/consents', consentRecord(terms))
  if (status !== 201) {
    throw new Error(`consent: ${status} ${JSON.stringify(body)}`)
  }
  return body.doc
}

export const createImage = async (api: ApiClient, alt = 'Test image') => {
  const { body, status } = await api.upload('media', png(), { alt })
  if (status !== 201) {
    throw new Error(`image: ${status} ${JSON.stringify(body)}`)
  }
  return body.doc
}

export const createTestimonial = async (
  api: ApiClient,
  data: Record<string, unknown> = {},
  query = '',
) => {
  return api.rest('POST', `/api/testimonials${query}`, {
    clientName: 'T. C.',
    quote: 'My hairline looks natural.',
    rating: 5,
    ...data,
  })
}

export const createGallery = async (
  api: ApiClient,
  data: Record<string, unknown> = {},
  query = '',
) => {
  const before = await createImage(api, 'Before')
  const after = await createImage(api, 'After')
  const response = await api.rest('POST', `/api/before-after-galleries${query}`, {
    pairs: [{ after: after.id, angle: 'front', before: before.id }],
    title: `Gallery ${Math.random().toString(36).slice(2, 8)}`,
    treatmentType: 'hairline',
    unretouchedAttestation: true,
    ...data,
  })
  return { ...response, after, before }
}

export const inDays = (days: number) => new Date(Date.now() + days * day).toISOString()
