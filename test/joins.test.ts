import { createConsent, createGallery } from './helpers/fixtures.js'
import { startTestServer, type TestServer } from './helpers/testServer.js'

/**
 * A practitioner's profile lists their galleries, testimonials and articles through join fields.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false } })
})
afterAll(async () => {
  await server?.close()
})

test('the public sees only the published, consented galleries and testimonials on a profile', async () => {
  const practitioner = (
    await server.admin.rest('POST', '/api/practitioners', {
      _status: 'published',
      name: 'Dana Lee',
    })
  ).body.doc
  const consent = await createConsent(server.admin)
  const shown = await createGallery(server.admin, {
    _status: 'published',
    consent: consent.id,
    practitioner: practitioner.id,
    title: 'Shown gallery',
  })
  const hidden = await createGallery(
    server.admin,
    { _status: 'draft', practitioner: practitioner.id, title: 'Draft gallery' },
    '?draft=true',
  )
  expect([shown.status, hidden.status]).toEqual([201, 201])
  await server.admin.rest('POST', '/api/testimonials?draft=true', {
    _status: 'draft',
    clientName: 'Hidden H.',
    practitioner: practitioner.id,
    quote: 'Draft quote',
  })

  const rest = await server.anonymous.get(`/api/practitioners/${practitioner.id}?depth=1`)
  expect(rest.body.galleries.docs.map((g: { title: string }) => g.title)).toEqual(['Shown gallery'])
  expect(rest.body.testimonials.docs).toEqual([])
  const gql = await server.anonymous.graphql(
    `{ Practitioner(id: ${JSON.stringify(practitioner.id)}) { galleries { docs { title } } testimonials { docs { clientName } } } }`,
  )
  expect(gql.body.data.Practitioner.galleries.docs).toEqual([{ title: 'Shown gallery' }])
  expect(gql.body.data.Practitioner.testimonials.docs).toEqual([])

  const editor = await server.admin.get(`/api/practitioners/${practitioner.id}?depth=0`)
  expect(editor.body.galleries.docs).toHaveLength(2)
})
