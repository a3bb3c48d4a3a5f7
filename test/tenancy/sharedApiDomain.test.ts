import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'

import { devAdmin } from '../../dev/ensureFirstUser.js'
import {
  smpClinicPlugin,
  smpClinicTenantCollections,
  type SmpClinicPluginConfig,
} from '../../src/index.js'
import { hostClient } from '../helpers/hostClient.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A chain whose frontends share one API domain and name their clinic in a header of their own
 * (`tenancy.visitorTenant`): every answer varies by that header, in the response cache and for
 * shared caches, so one clinic's answer never reaches another clinic's visitor.
 */
const clinic: SmpClinicPluginConfig = {
  seed: false,
  tenancy: {
    visitorHeaders: ['X-Clinic', 'X-Clinic-Id'],
    visitorTenant: async ({ req }) => {
      // A frontend that names its clinic by id: passed on as it came.
      const id = req.headers.get('x-clinic-id')
      if (id !== null) {
        return id
      }
      const domain = req.headers.get('x-clinic')
      if (!domain) {
        return undefined
      }
      const { docs } = await req.payload.find({
        collection: 'tenants',
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
        where: { domain: { equals: domain } },
      })
      return docs[0]?.id
    },
  },
}

let server: TestServer
const faqs: Record<string, string> = {}

beforeAll(async () => {
  server = await startTestServer({
    collections: [
      {
        slug: 'tenants',
        access: { read: () => true },
        fields: [
          { name: 'name', type: 'text', required: true },
          { name: 'domain', type: 'text', required: true, unique: true },
        ],
      },
    ],
    plugin: clinic,
    plugins: [
      multiTenantPlugin({
        collections: smpClinicTenantCollections(clinic),
        userHasAccessToAllTenants: (user) => (user as { email?: string }).email === devAdmin.email,
      }),
    ],
  })
  for (const name of ['a', 'b']) {
    const tenant = await server.admin.rest('POST', '/api/tenants', {
      domain: `clinic-${name}.test`,
      name: `Clinic ${name.toUpperCase()}`,
    })
    const faq = await server.admin.rest('POST', '/api/faqs', {
      _status: 'published',
      answer: richText(`Answered by clinic ${name}.`),
      question: `A question for clinic ${name}?`,
      tenant: tenant.body.doc.id,
    })
    faqs[name] = String(faq.body.doc.id)
  }
}, 120_000)

afterAll(async () => {
  await server?.close()
})

test('answers on one API domain are kept per clinic, in the cache and for shared caches', async () => {
  const api = hostClient(server.url, 'api.chain.test')
  for (let round = 0; round < 2; round += 1) {
    for (const name of ['a', 'b', 'a']) {
      const { body, headers } = await api.get('/api/faqs?limit=5&depth=0', {
        'x-clinic': `clinic-${name}.test`,
      })
      expect(body.docs.map((doc: { id: number }) => String(doc.id))).toEqual([faqs[name]])
      expect((headers.vary ?? '').toLowerCase()).toContain('x-clinic')
    }
  }
  expect((await api.get('/api/faqs?limit=5&depth=0')).body.docs).toEqual([])
})

test('a clinic named by id reads as that clinic only when the id is spelled as stored', async () => {
  const api = hostClient(server.url, 'api.chain.test')
  const faqOfA = await server.admin.rest('GET', `/api/faqs/${faqs.a}?depth=0`)
  const id = String(faqOfA.body.tenant?.id ?? faqOfA.body.tenant)
  const read = async (clinicId: string) =>
    (await api.get('/api/faqs?limit=5&depth=0', { 'x-clinic-id': clinicId })).body
  expect((await read(id)).docs.map((doc: { id: number }) => String(doc.id))).toEqual([faqs.a])
  // The database would read these as the same clinic; the cache would know them by another name.
  for (const spelling of [`0${id}`, `${id}.0`, `+${id}`, `${id}e0`, 'not-a-clinic']) {
    expect([spelling, (await read(spelling)).docs]).toEqual([spelling, []])
  }
  // Cached under the id as stored, and evicted when that clinic's FAQ changes.
  await read(id)
  const edited = await server.admin.rest('PATCH', `/api/faqs/${faqs.a}`, {
    question: 'A question for clinic a, asked again?',
  })
  expect(edited.status).toBe(200)
  expect((await read(id)).docs.map((doc: { question: string }) => doc.question)).toEqual([
    'A question for clinic a, asked again?',
  ])
})

test('a visitorTenant without the headers it reads is a configuration error', () => {
  const plugin = smpClinicPlugin({ tenancy: { visitorTenant: () => undefined } })
  expect(() => plugin({ collections: [] } as never)).toThrow(/visitorHeaders/)
})
