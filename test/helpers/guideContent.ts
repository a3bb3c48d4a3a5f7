import type { TestServer } from './testServer.js'

import { createConsent, createGallery } from './fixtures.js'

/**
 * Published content every query of docs/FRONTEND.md finds on a seeded server: a practitioner
 * (Dana Lee) with a consented hairline gallery and a testimonial, and the seeded article written
 * by her.
 */
export const publishGuideContent = async (server: TestServer): Promise<void> => {
  const practitioner = (
    await server.admin.rest('POST', '/api/practitioners', {
      _status: 'published',
      bookingUrl: 'https://clinic.example/book/dana',
      name: 'Dana Lee',
    })
  ).body.doc
  const consent = await createConsent(server.admin)
  await createGallery(server.admin, {
    _status: 'published',
    consent: consent.id,
    practitioner: practitioner.id,
    treatmentType: 'hairline',
  })
  await server.admin.rest('POST', '/api/testimonials', {
    _status: 'published',
    clientName: 'R. M.',
    clinicRelationship: 'discounted',
    consent: consent.id,
    featured: true,
    practitioner: practitioner.id,
    quote: 'Nobody can tell.',
    rating: 5,
  })
  const { body: article } = await server.admin.get('/api/articles?limit=1')
  await server.admin.rest('PATCH', `/api/articles/${article.docs[0].id}`, {
    author: practitioner.id,
  })
}
