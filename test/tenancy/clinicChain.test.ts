import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { devAdmin } from '../../dev/ensureFirstUser.js'
import { smpClinicTenantCollections, type SmpClinicPluginConfig } from '../../src/index.js'
import { ApiClient } from '../helpers/apiClient.js'
import { consentRecord, png } from '../helpers/fixtures.js'
import { hostClient, type HostClient, rawRequest } from '../helpers/hostClient.js'
import { type SmtpInbox, startSmtpInbox } from '../helpers/smtpInbox.js'
import { richText } from '../helpers/richText.js'
import { testDatabaseKind } from '../helpers/testDatabase.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A clinic chain: two clinics (each with its own domain, editors, profile and webhook receiver)
 * in one app on plugin-multi-tenant, and a third that leaves the chain. Visitors of one clinic's
 * domain never meet a document, photo or id of the other, on any path.
 */
const clinic: SmpClinicPluginConfig = {
  externalReviews: {},
  seed: false,
  site: { url: 'https://chain.example' },
  submissions: { minFillSeconds: 0 },
  tenancy: {},
  webhooks: { endpoints: [], pollMs: 100 },
}

type Received = { body: any; url: string }
let receiver: Server
let receiverUrl: string
const received: Received[] = []

let inbox: SmtpInbox
let server: TestServer
let a: HostClient
let b: HostClient
let unknown: HostClient
let editorA: ApiClient
let tenantA: number | string
let tenantB: number | string
const docs: Record<string, any> = {}

const create = async (api: ApiClient, collection: string, data: Record<string, unknown>) => {
  const { body, status } = await api.rest('POST', `/api/${collection}`, data)
  if (status !== 201) {
    throw new Error(`${collection}: ${status} ${JSON.stringify(body)}`)
  }
  return body.doc
}

const article = (tenant: number | string, title: string, extra: Record<string, unknown> = {}) => ({
  _status: 'published',
  body: richText(`${title}: what scalp micropigmentation is.`),
  tenant,
  title,
  ...extra,
})

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ body: JSON.parse(Buffer.concat(chunks).toString('utf8')), url: req.url! })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  inbox = await startSmtpInbox()
  server = await startTestServer({
    smtpUrl: inbox.url,
    collections: [
      {
        slug: 'tenants',
        access: { read: () => true },
        admin: { useAsTitle: 'name' },
        fields: [
          { name: 'name', type: 'text', required: true },
          { name: 'domain', type: 'text', index: true, required: true, unique: true },
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
  const { admin, url } = server
  const tenant = async (name: string, domain: string, extra: Record<string, unknown> = {}) =>
    (await create(admin, 'tenants', { domain, name, ...extra })).id
  tenantA = await tenant('Clinic A', 'clinic-a.test', {
    clinic: {
      address: { addressLocality: 'Leeds', streetAddress: '1 A Street' },
      telephone: '+44 113 000 0001',
    },
    clinicWebhooks: [{ secret: 'secret-of-clinic-a!', url: `${receiverUrl}/a` }],
  })
  tenantB = await tenant('Clinic B', 'clinic-b.test', {
    clinic: { siteUrl: 'https://www.clinic-b.example', telephone: '+44 161 000 0002' },
    clinicWebhooks: [{ secret: 'secret-of-clinic-b!', url: `${receiverUrl}/b` }],
  })
  a = hostClient(url, 'clinic-a.test')
  b = hostClient(url, 'clinic-b.test:443')
  unknown = hostClient(url, 'elsewhere.test')

  // A practitioner at both clinics, and a practitioner and an FAQ that B's article links and
  // that later move to clinic A (the chain's administrator reassigns them): B's visitors must
  // not learn they exist.
  docs.shared = await create(admin, 'practitioners', {
    _status: 'published',
    name: 'Sam Shared',
    tenant: [tenantA, tenantB],
  })
  docs.onlyA = await create(admin, 'practitioners', {
    _status: 'published',
    credentials: 'RN',
    name: 'Alex Only',
    tenant: [tenantB],
  })
  docs.faqA = await create(admin, 'faqs', {
    _status: 'published',
    answer: richText('Yes, at clinic A.'),
    question: 'Does clinic A treat scars?',
    tenant: tenantB,
  })
  docs.articleB = await create(
    admin,
    'articles',
    article(tenantB, 'What is SMP', {
      author: docs.shared.id,
      relatedFaqs: [docs.faqA.id],
      reviewedAt: new Date().toISOString(),
      reviewedBy: docs.onlyA.id,
    }),
  )
  const moved = [
    await admin.rest('PATCH', `/api/faqs/${docs.faqA.id}`, { tenant: tenantA }),
    await admin.rest('PATCH', `/api/practitioners/${docs.onlyA.id}`, { tenant: [tenantA] }),
  ]
  expect(moved.map(({ status }) => status)).toEqual([200, 200])
  docs.heroA = (
    await admin.upload('media', png(), { alt: 'Clinic A hero', tenant: tenantA })
  ).body.doc
  docs.articleA = await create(
    admin,
    'articles',
    article(tenantA, 'What is SMP', {
      author: docs.shared.id,
      heroImage: docs.heroA.id,
      relatedFaqs: [docs.faqA.id],
    }),
  )
  const editor = async (email: string, tenantId: number | string) => {
    await create(admin, 'users', {
      email,
      password: 'editor-password-1',
      tenants: [{ tenant: tenantId }],
    })
    return new ApiClient(url).login(email, 'editor-password-1')
  }
  editorA = await editor('editor-a@chain.test', tenantA)
  docs.editorB = await editor('editor-b@chain.test', tenantB)
}, 180_000)

afterAll(async () => {
  await server?.close()
  await inbox?.close()
  receiver?.closeAllConnections()
  await new Promise((resolve) => receiver?.close(resolve))
})

/**
 * A consent as stored, whoever may read it now.
 */
const storedConsent = async (id: number | string): Promise<any> =>
  server.payload.findByID({ collection: 'consents', depth: 0, id, overrideAccess: true })

const ids = (body: any): string[] => (body?.docs ?? []).map((doc: any) => String(doc.id))

describe('visitors read the clinic whose domain they ask', () => {
  test('lists, counts and lookups by id stay within the clinic', async () => {
    const listA = await a.get('/api/articles')
    const listB = await b.get('/api/articles')
    expect(ids(listA.body)).toEqual([String(docs.articleA.id)])
    expect(ids(listB.body)).toEqual([String(docs.articleB.id)])
    expect((await unknown.get('/api/articles')).body.docs).toEqual([])
    expect((await b.get(`/api/articles/${docs.articleA.id}`)).status).toBe(404)
    expect((await a.get(`/api/articles/${docs.articleA.id}`)).status).toBe(200)
    expect((await b.get('/api/faqs/count')).body.totalDocs).toBe(0)
    expect((await a.get('/api/faqs/count')).body.totalDocs).toBe(1)
    // The same slug at two clinics: each domain finds its own.
    const bySlug = await b.get('/api/articles?where[slug][equals]=what-is-smp')
    expect(ids(bySlug.body)).toEqual([String(docs.articleB.id)])
  })

  test("no id of clinic A appears in clinic B's answers, at any depth", async () => {
    for (const depth of [0, 1, 2]) {
      const { body, text } = await b.get(`/api/articles/${docs.articleB.id}?depth=${depth}`)
      expect(body.relatedFaqs ?? []).toEqual([])
      expect(body.reviewedBy ?? null).toBeNull()
      for (const word of ['Alex Only', 'alex-only', 'Does clinic A', 'Clinic A', 'clinic-a']) {
        expect(text).not.toContain(word)
      }
    }
    // The shared practitioner's articles, joined: each clinic's own only.
    const shared = await b.get(`/api/practitioners/${docs.shared.id}?depth=1`)
    expect(shared.status).toBe(200)
    expect(shared.body.articles.docs.map((doc: any) => String(doc.id ?? doc))).toEqual([
      String(docs.articleB.id),
    ])
    expect((await b.get(`/api/practitioners/${docs.onlyA.id}`)).status).toBe(404)
  })

  test('queries through relationships cannot reach the other clinic', async () => {
    // By id: an FAQ of clinic A matches nothing on B's domain, as if it did not exist.
    const byId = `/api/articles?where[relatedFaqs][equals]=${docs.faqA.id}`
    expect(ids((await b.get(byId)).body)).toEqual([])
    expect(ids((await a.get(byId)).body)).toEqual([String(docs.articleA.id)])
    // Through a field of the related document: never an answer that tells what is there.
    const question = encodeURIComponent('Does clinic A treat scars?')
    for (const path of [
      `/api/articles?where[relatedFaqs.question][equals]=${question}`,
      '/api/articles?where[reviewedBy.name][equals]=Alex%20Only',
      '/api/articles?sort=reviewedBy.name',
    ]) {
      const { body, status } = await b.get(path)
      expect(status).toBeLessThan(500)
      expect(ids(body)).not.toContain(String(docs.articleA.id))
      expect(JSON.stringify(body ?? {})).not.toContain('Alex Only')
    }
  })

  test('GraphQL answers the same as REST', async () => {
    const query = `query($id: Int!) { Article(id: $id) { id } Articles { docs { id relatedFaqs { id } } } Faqs { totalDocs } }`
    const onB = await b.graphql(query, { id: Number(docs.articleA.id) })
    expect(onB.body.data?.Article ?? null).toBeNull()
    expect(onB.body.data.Articles.docs).toEqual([{ id: Number(docs.articleB.id), relatedFaqs: [] }])
    expect(onB.body.data.Faqs.totalDocs).toBe(0)
    const onA = await a.graphql(query, { id: Number(docs.articleA.id) })
    expect(onA.body.data.Article).toEqual({ id: Number(docs.articleA.id) })
  })

  test("a clinic's photo files are served on its own domain only", async () => {
    const { body } = await a.get(`/api/media/${docs.heroA.id}`)
    const file = new URL(body.url).pathname
    expect((await a.get(file)).status).toBe(200)
    // As any file a visitor may not read (the plugin's rule for hidden files).
    expect((await b.get(file)).status).toBe(403)
    expect((await b.get(`/api/media/${docs.heroA.id}`)).status).toBe(404)
  })

  test('cached answers are kept per clinic', async () => {
    for (let round = 0; round < 2; round += 1) {
      expect(ids((await a.get('/api/articles?limit=5')).body)).toEqual([String(docs.articleA.id)])
      expect(ids((await b.get('/api/articles?limit=5')).body)).toEqual([String(docs.articleB.id)])
    }
  })
})

describe("the response cache keeps each clinic's answers apart", () => {
  const cacheOf = (response: { headers: Record<string, string> }) => response.headers['x-cache']
  /** Reads until the answer comes from the cache (a clinic first seen is stored on its next read). */
  const cached = async (client: HostClient, path: string) => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await client.get(path)
      if (cacheOf(response) === 'HIT') {
        return response
      }
    }
    throw new Error(`${client.host} ${path} is never answered from the cache`)
  }
  const page = '/api/articles?where[slug][equals]=what-is-smp&depth=1'
  const faqList = '/api/faqs?depth=0&sort=id'

  test("a write to one clinic's document evicts that clinic's answers, not the other's", async () => {
    await cached(a, page)
    await cached(b, page)
    const edited = await server.admin.rest('PATCH', `/api/faqs/${docs.faqA.id}`, {
      answer: richText('Yes, at clinic A, after a consultation.'),
    })
    expect(edited.status).toBe(200)
    const [onA, onB] = [await a.get(page), await b.get(page)]
    expect(cacheOf(onA)).toBe('MISS')
    expect(onA.text).toContain('after a consultation')
    expect(cacheOf(onB)).toBe('HIT')
    expect(onB.text).not.toContain('after a consultation')
  })

  test('a document that moves between clinics, or leaves, evicts both clinics’ answers', async () => {
    await cached(a, faqList)
    await cached(b, faqList)
    const created = await create(server.admin, 'faqs', {
      _status: 'published',
      answer: richText('Usually two or three sessions.'),
      question: 'How many sessions does SMP take?',
      tenant: tenantA,
    })
    const [createdOnA, createdOnB] = [await a.get(faqList), await b.get(faqList)]
    expect(cacheOf(createdOnA)).toBe('MISS')
    expect(ids(createdOnA.body)).toContain(String(created.id))
    expect(cacheOf(createdOnB)).toBe('HIT')
    await cached(a, faqList)

    const moved = await server.admin.rest('PATCH', `/api/faqs/${created.id}`, { tenant: tenantB })
    expect(moved.status).toBe(200)
    const [movedOnA, movedOnB] = [await a.get(faqList), await b.get(faqList)]
    expect([cacheOf(movedOnA), cacheOf(movedOnB)]).toEqual(['MISS', 'MISS'])
    expect(ids(movedOnA.body)).not.toContain(String(created.id))
    expect(ids(movedOnB.body)).toContain(String(created.id))
    await cached(a, faqList)
    await cached(b, faqList)

    // Deleted: its versions from clinic A's time go too, so A's answers are computed again; a
    // document that only ever was clinic B's leaves A's alone.
    expect((await server.admin.rest('DELETE', `/api/faqs/${created.id}`)).status).toBe(200)
    expect(cacheOf(await a.get(faqList))).toBe('MISS')
    await cached(a, faqList)
    await cached(b, faqList)
    const third = await create(server.admin, 'faqs', {
      _status: 'published',
      answer: richText('Most clients return to work the next day.'),
      question: 'How long is the recovery?',
      tenant: tenantB,
    })
    expect((await server.admin.rest('DELETE', `/api/faqs/${third.id}`)).status).toBe(200)
    const [deletedOnA, deletedOnB] = [await a.get(faqList), await b.get(faqList)]
    expect(cacheOf(deletedOnA)).toBe('HIT')
    expect(cacheOf(deletedOnB)).toBe('MISS')
    expect(ids(deletedOnB.body)).not.toContain(String(third.id))
    expect(ids(deletedOnB.body)).not.toContain(String(created.id))
  })

  // Only Postgres runs two writes to one document at once (SQLite has one writer).
  const onPostgres = testDatabaseKind() === 'postgres' ? test : test.skip
  onPostgres(
    'on Postgres (SQLite has one writer): a write that waited for a concurrent move tells the clinic the document was moved to',
    async () => {
      const faq = await create(server.admin, 'faqs', {
        _status: 'published',
        answer: richText('About four hours.'),
        question: 'How long is a session?',
        tenant: tenantA,
      })
      await cached(b, faqList)
      // An administrator's move to clinic B, held open in its transaction (its row locked).
      const move = await createLocalReq({}, server.payload)
      await initTransaction(move)
      await server.payload.update({
        collection: 'faqs',
        data: { tenant: tenantB },
        depth: 0,
        id: faq.id,
        overrideAccess: true,
        req: move,
      })
      // Meanwhile a bulk edit read the FAQ as clinic A's: its write waits for the move's lock.
      const bulk = server.admin.rest('PATCH', `/api/faqs?where[id][equals]=${faq.id}`, {
        question: 'How long does a session take?',
      })
      const pool = (
        server.payload.db as unknown as { pool: { query: (sql: string) => Promise<any> } }
      ).pool
      const waiting = async () =>
        Number(
          (
            await pool.query(
              "select count(*) as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
            )
          ).rows[0].n,
        )
      const deadline = Date.now() + 20_000
      while ((await waiting()) === 0) {
        if (Date.now() > deadline) {
          throw new Error('the bulk edit never waited for the move')
        }
        await new Promise((resolve) => setImmediate(resolve))
      }
      await commitTransaction(move)
      // Clinic B's visitors may see the FAQ while the bulk edit finishes; once it has, the bulk
      // edit wrote the FAQ back as clinic A's, and B's answer must say so.
      await b.get(faqList)
      expect((await bulk).status).toBe(200)
      const onB = await b.get(faqList)
      expect(ids(onB.body)).not.toContain(String(faq.id))
      expect(ids((await a.get(faqList)).body)).toContain(String(faq.id))
    },
  )

  test("a change to a practitioner both clinics share evicts both clinics' answers", async () => {
    const practitioner = `/api/practitioners/${docs.shared.id}?depth=0`
    await cached(a, practitioner)
    await cached(b, practitioner)
    const renamed = await server.admin.rest('PATCH', `/api/practitioners/${docs.shared.id}`, {
      credentials: 'Certified SMP artist',
    })
    expect(renamed.status).toBe(200)
    for (const client of [a, b]) {
      const response = await client.get(practitioner)
      expect(cacheOf(response)).toBe('MISS')
      expect(response.body.credentials).toBe('Certified SMP artist')
    }
  })
})

describe("each clinic's own site data", () => {
  test("pages name their own clinic, under their own site's address", async () => {
    const jsonLdA = JSON.parse((await a.get(`/api/articles/${docs.articleA.id}`)).body.jsonLd)
    const jsonLdB = JSON.parse((await b.get(`/api/articles/${docs.articleB.id}`)).body.jsonLd)
    const clinicOf = (graph: any) =>
      graph['@graph'].find((node: any) => node['@type'] === 'MedicalClinic')
    expect(clinicOf(jsonLdA)).toMatchObject({
      address: { addressLocality: 'Leeds', streetAddress: '1 A Street' },
      name: 'Clinic A',
      telephone: '+44 113 000 0001',
      url: 'https://clinic-a.test/',
    })
    expect(clinicOf(jsonLdB)).toMatchObject({
      name: 'Clinic B',
      telephone: '+44 161 000 0002',
      url: 'https://www.clinic-b.example/',
    })
    expect(clinicOf(jsonLdB).address).toBeUndefined()
  })

  test('each domain has its own sitemap', async () => {
    const sitemapA = (await a.get('/api/smp-clinic/sitemap.xml')).text
    const sitemapB = (await b.get('/api/smp-clinic/sitemap.xml')).text
    expect(sitemapA).toContain('https://clinic-a.test/articles/what-is-smp')
    expect(sitemapA).toContain('https://clinic-a.test/practitioners/alex-only')
    expect(sitemapA).not.toContain('clinic-b')
    expect(sitemapB).toContain('https://www.clinic-b.example/articles/what-is-smp')
    expect(sitemapB).not.toContain('alex-only')
    expect(sitemapB).not.toContain('clinic-a')
  })

  test("a clinic's webhook secrets are for editors only", async () => {
    const { body } = await a.get(`/api/tenants/${tenantA}`)
    expect(body.clinic.telephone).toBe('+44 113 000 0001')
    expect(JSON.stringify(body)).not.toContain('secret-of-clinic-a')
    expect(body.clinicWebhooks ?? []).toEqual([])
  })

  test("a change is told to its own clinic's receiver only", async () => {
    const from = received.length
    await editorA.rest('PATCH', `/api/articles/${docs.articleA.id}`, { excerpt: 'Updated at A' })
    const deliveries = await server.payload.find({
      collection: 'smp-webhook-deliveries' as never,
      overrideAccess: true,
      where: {
        collectionSlug: { equals: 'articles' },
        documentId: { equals: String(docs.articleA.id) },
      },
    })
    const endpoints = deliveries.docs.map((doc: any) => doc.endpoint)
    expect(endpoints).toContain(`${receiverUrl}/a`)
    expect(endpoints).not.toContain(`${receiverUrl}/b`)
    // Sent right after the commit, signed with clinic A's secret.
    for (let waited = 0; waited < 100 && !received.slice(from).length; waited += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const sent = received.slice(from)
    expect(sent.map(({ url }) => url)).toEqual(['/a'])
    expect(sent[0]!.body.tenants).toEqual([String(tenantA)])
  })

  test("a clinic's editors read and replay their own clinic's webhook deliveries only", async () => {
    const log = 'smp-webhook-deliveries'
    // A delivery to one of the chain's own receivers, as the outbox records one: about any clinic.
    const chainWide = await server.payload.create({
      collection: log as never,
      data: {
        body: '{}',
        endpoint: `${receiverUrl}/chain`,
        event: 'update',
        key: 'chain-wide',
        state: 'delivered',
      } as never,
      overrideAccess: true,
    })
    const all = await server.payload.find({
      collection: log as never,
      overrideAccess: true,
      pagination: false,
    })
    const ofClinic = (tenant: number | string) =>
      all.docs
        .filter((doc: any) => doc.clinicTenant === String(tenant))
        .map((doc: any) => String(doc.id))
        .sort()
    expect(ofClinic(tenantA).length).toBeGreaterThan(0)
    const listed = async (client: ApiClient) =>
      ids((await client.get(`/api/${log}?pagination=false&depth=0`)).body).sort()
    expect(await listed(editorA)).toEqual(ofClinic(tenantA))
    expect(await listed(docs.editorB)).toEqual(ofClinic(tenantB))
    expect(await listed(server.admin)).toEqual(all.docs.map((doc: any) => String(doc.id)).sort())
    const countB = await docs.editorB.get(`/api/${log}/count`)
    expect(countB.body.totalDocs).toBe(ofClinic(tenantB).length)
    const ofA = ofClinic(tenantA)[0]!
    expect((await docs.editorB.get(`/api/${log}/${ofA}`)).status).toBe(404)
    expect((await editorA.get(`/api/${log}/${chainWide.id}`)).status).toBe(404)
    // Nor does the access endpoint tell which ids the others have.
    const access = (client: ApiClient, id: number | string) =>
      client.rest('POST', `/api/${log}/access/${id}`, {})
    expect((await access(docs.editorB, ofA)).status).toBe(404)
    expect((await access(editorA, chainWide.id)).status).toBe(404)
    expect((await access(editorA, ofA)).status).toBe(200)
    expect((await access(new ApiClient(server.url), ofA)).status).toBe(404)
    const filtered = await docs.editorB.get(`/api/${log}?where[endpoint][like]=/a&depth=0`)
    expect(ids(filtered.body)).toEqual([])
    // A replay is a read first: another clinic's delivery is not there to send again.
    const before = (await server.payload.count({ collection: log as never, overrideAccess: true }))
      .totalDocs
    expect((await docs.editorB.rest('POST', `/api/${log}/${ofA}/replay`)).status).toBe(404)
    expect(
      (await server.payload.count({ collection: log as never, overrideAccess: true })).totalDocs,
    ).toBe(before)
    expect((await editorA.rest('POST', `/api/${log}/${ofA}/replay`)).status).toBe(202)
  })
})

describe('editors work in their own clinic', () => {
  test("an editor cannot learn which ids another clinic's documents have", async () => {
    const access = (client: ApiClient, path: string) => client.rest('POST', path, {})
    expect((await access(editorA, `/api/articles/access/${docs.articleB.id}`)).status).toBe(404)
    expect((await access(editorA, `/api/articles/access/${docs.articleA.id}`)).status).toBe(200)
    expect((await access(docs.editorB, `/api/media/access/${docs.heroA.id}`)).status).toBe(404)
    expect((await access(server.admin, `/api/articles/access/${docs.articleB.id}`)).status).toBe(
      200,
    )
  })

  test('an editor given no clinic yet can open the admin, and reads no delivery', async () => {
    await create(server.admin, 'users', {
      email: 'editor-none@chain.test',
      password: 'editor-password-1',
      tenants: [],
    })
    const newcomer = await new ApiClient(server.url).login(
      'editor-none@chain.test',
      'editor-password-1',
    )
    expect((await newcomer.get('/api/access')).status).toBe(200)
    const log = await newcomer.get('/api/smp-webhook-deliveries?depth=0')
    expect(log.body?.docs ?? []).toEqual([])
  })

  test("an editor reads and changes only their clinic's documents", async () => {
    const list = await editorA.get('/api/articles')
    expect(ids(list.body)).toEqual([String(docs.articleA.id)])
    const other = await editorA.rest('PATCH', `/api/articles/${docs.articleB.id}`, { title: 'X' })
    expect([403, 404]).toContain(other.status)
    const into = await editorA.rest('POST', '/api/faqs', {
      answer: richText('No.'),
      question: 'Planted in B?',
      tenant: tenantB,
    })
    expect(into.status).toBe(400)
    const consent = await create(server.admin, 'consents', { ...consentRecord(), tenant: tenantB })
    expect((await editorA.get(`/api/consents/${consent.id}`)).status).toBe(404)
    expect((await docs.editorB.get(`/api/consents/${consent.id}`)).status).toBe(200)
  })

  test('slugs are unique per clinic, and a repeat within one is a 400 on the slug', async () => {
    const repeat = await editorA.rest('POST', '/api/articles', article(tenantA, 'What is SMP'))
    expect(repeat.status).toBe(400)
    expect(JSON.stringify(repeat.body)).toContain('slug')
    const elsewhere = await docs.editorB.rest('POST', '/api/faqs', {
      _status: 'published',
      answer: richText('Yes.'),
      question: 'Unique?',
      tenant: tenantB,
    })
    expect(elsewhere.status).toBe(201)
  })
})

describe('a clinic that leaves the chain', () => {
  test('its consents stay for their retention period, its content goes', async () => {
    const { admin, payload } = server
    const tenantC = (await create(admin, 'tenants', { domain: 'clinic-c.test', name: 'Clinic C' }))
      .id
    const consent = await create(admin, 'consents', { ...consentRecord(), tenant: tenantC })
    const faq = await create(admin, 'faqs', {
      _status: 'published',
      answer: richText('Soon.'),
      question: 'Is clinic C open?',
      tenant: tenantC,
    })
    expect((await admin.rest('DELETE', `/api/tenants/${tenantC}`)).status).toBe(200)
    const kept = await storedConsent(consent.id)
    expect(kept.formerClinic).toMatchObject({ name: 'Clinic C', tenantId: String(tenantC) })
    expect(kept.tenant ?? null).toBeNull()
    expect(new Date(kept.retainUntil).getTime()).toBeGreaterThan(Date.now())
    const gone = await payload.find({
      collection: 'faqs',
      overrideAccess: true,
      where: { id: { equals: faq.id } },
    })
    expect(gone.totalDocs).toBe(0)
    // Only those with every clinic read it now.
    expect((await editorA.get(`/api/consents/${consent.id}`)).status).toBe(404)
    expect((await admin.get(`/api/consents/${consent.id}`)).status).toBe(200)
  })
})

describe('what outside probes tried', () => {
  const articlesQuery = '{ Articles(limit: 3) { docs { id title } } }'

  test('a request line naming one clinic and a Host naming another never mixes their caches', async () => {
    const body = JSON.stringify({ query: articlesQuery })
    await rawRequest(
      server.url,
      `POST http://clinic-b.test/api/graphql HTTP/1.1\r\nHost: clinic-a.test\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    )
    await rawRequest(
      server.url,
      `GET http://clinic-b.test/api/articles?limit=7 HTTP/1.1\r\nHost: clinic-a.test\r\nConnection: close\r\n\r\n`,
    )
    for (let round = 0; round < 2; round += 1) {
      const overGraphQL = await b.graphql(articlesQuery)
      expect(overGraphQL.body.data.Articles.docs.map((doc: any) => String(doc.id))).toEqual([
        String(docs.articleB.id),
      ])
      expect(ids((await b.get('/api/articles?limit=7')).body)).toEqual([String(docs.articleB.id)])
    }
  })

  test("a malformed Host is a 400, and blanks no clinic's cached answers", async () => {
    for (const host of [
      'clinic-b.test/x#',
      'clinic-b.test:abc',
      'a b',
      '[::1',
      'clinic-b.test:99999',
    ]) {
      const response = await rawRequest(
        server.url,
        `GET /api/articles?limit=8 HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      )
      expect(response.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 400/)
    }
    expect(ids((await b.get('/api/articles?limit=8')).body)).toEqual([String(docs.articleB.id)])
  })

  test("an editor cannot put another clinic's photo on their page", async () => {
    const photoA = (await editorA.upload('media', png(), { alt: 'Private to A', tenant: tenantA }))
      .body.doc
    const taken = await docs.editorB.rest(
      'POST',
      '/api/articles',
      article(tenantB, 'Borrowed photo', { heroImage: photoA.id }),
    )
    expect(taken.status).toBe(400)
    expect(JSON.stringify(taken.body)).toContain('heroImage')
    expect((await a.get(`/api/media/${photoA.id}`)).status).toBe(404)
  })

  test('an editor of one clinic cannot change or delete a practitioner the other clinic shares', async () => {
    const path = `/api/practitioners/${docs.shared.id}`
    expect((await editorA.rest('PATCH', path, { tenant: [tenantA] })).status).toBe(403)
    expect((await editorA.rest('PATCH', path, { name: 'Renamed by A' })).status).toBe(403)
    expect((await editorA.rest('DELETE', path)).status).toBe(403)
    expect((await b.get(path)).body.name).toBe('Sam Shared')
    // Someone with both clinics may.
    expect((await server.admin.rest('PATCH', path, { title: 'Senior artist' })).status).toBe(200)
  })

  test("a shared practitioner's change tells each clinic of its own pages only", async () => {
    await server.admin.rest('PATCH', `/api/practitioners/${docs.shared.id}`, {
      title: 'Lead artist',
    })
    const deliveries = await server.payload.find({
      collection: 'smp-webhook-deliveries' as never,
      overrideAccess: true,
      where: {
        collectionSlug: { equals: 'practitioners' },
        documentId: { equals: String(docs.shared.id) },
      },
      sort: '-createdAt',
      limit: 2,
    })
    const byClinic = Object.fromEntries(
      deliveries.docs.map((doc: any) => [doc.endpoint.slice(-2), JSON.parse(doc.body)]),
    )
    expect(byClinic['/a'].tags).toContain(`articles:${docs.articleA.id}`)
    expect(byClinic['/a'].tags).not.toContain(`articles:${docs.articleB.id}`)
    expect(byClinic['/b'].tags).toContain(`articles:${docs.articleB.id}`)
    expect(byClinic['/b'].tags).not.toContain(`articles:${docs.articleA.id}`)
  })

  test('server-side reads see every clinic of a shared practitioner', async () => {
    const doc = (await server.payload.findByID({
      collection: 'practitioners',
      depth: 0,
      id: docs.shared.id,
      overrideAccess: true,
    })) as any
    expect(doc.tenant.map(String).sort()).toEqual([String(tenantA), String(tenantB)].sort())
  })

  test('tenant domains are stored as visitors ask for them, and a non-domain is a 400', async () => {
    const made = await server.admin.rest('POST', '/api/tenants', {
      domain: 'https://Clinic-D.Test./',
      name: 'Clinic D',
    })
    expect(made.status).toBe(201)
    expect(made.body.doc.domain).toBe('clinic-d.test')
    const refused = await server.admin.rest('POST', '/api/tenants', {
      domain: 'not a domain',
      name: 'X',
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('domain')
  })

  test("a visitor's story lands in the clinic whose site they are on, under that clinic's name", async () => {
    const send = async (client: HostClient) => {
      const { token, authorization } = (await client.get('/api/smp-clinic/submission-form')).body
      const data = new FormData()
      const form: Record<string, string | string[]> = {
        channels: ['website'],
        email: `client-${client.host}@example.test`,
        expiresAt: '2031-12-31',
        faceDisplay: 'shown',
        formToken: token,
        homepage: '',
        name: 'Jordan Diaz',
        nameDisplay: 'initials',
        photosUnedited: 'yes',
        rating: '5',
        signature: 'Jordan Diaz',
        statements: ['may_revoke', 'treatment_not_conditioned', 'may_be_redisclosed'],
        story: `The pigment matched my stubble and nobody notices it is not hair (${client.host}).`,
        treatment: 'hairline',
      }
      for (const [name, value] of Object.entries(form)) {
        for (const each of Array.isArray(value) ? value : [value]) {
          data.append(name, each)
        }
      }
      const encoded = new Request('http://form.test/', { body: data, method: 'POST' })
      const response = await client.post(
        '/api/smp-clinic/submissions',
        Buffer.from(await encoded.arrayBuffer()),
        {
          'content-type': encoded.headers.get('content-type')!,
          'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0',
        },
      )
      return { authorization, response }
    }
    const onA = await send(a)
    expect(onA.response.status).toBeLessThan(300)
    expect(JSON.stringify(onA.authorization)).toContain('Clinic A')
    const consents = await server.payload.find({
      collection: 'consents',
      depth: 0,
      overrideAccess: true,
      where: { subject: { like: 'Jordan Diaz' } },
    })
    expect(consents.docs.map((doc: any) => String(doc.tenant))).toEqual([String(tenantA)])
    const nowhere = await send(unknown)
    expect(nowhere.response.status).toBe(404)
  })

  test('a clinic with editors can leave the chain too', async () => {
    const { admin, payload } = server
    const tenantE = (await create(admin, 'tenants', { domain: 'clinic-e.test', name: 'Clinic E' }))
      .id
    await create(admin, 'users', {
      email: 'editor-e@chain.test',
      password: 'editor-password-1',
      tenants: [{ tenant: tenantE }, { tenant: tenantA }],
    })
    const consent = await create(admin, 'consents', { ...consentRecord(), tenant: tenantE })
    expect((await admin.rest('DELETE', `/api/tenants/${tenantE}`)).status).toBe(200)
    const kept = await storedConsent(consent.id)
    expect(kept.formerClinic.name).toBe('Clinic E')
    const editor = (
      await payload.find({
        collection: 'users',
        depth: 0,
        overrideAccess: true,
        where: { email: { equals: 'editor-e@chain.test' } },
      })
    ).docs[0] as any
    expect(editor.tenants.map((row: any) => String(row.tenant))).toEqual([String(tenantA)])
  })

  test('clinics sharing an editor can be deleted together, and keep their consents', async () => {
    const { admin, payload } = server
    const made = async (name: string) =>
      (await create(admin, 'tenants', { domain: `${name}.test`, name })).id
    const [six, seven] = [await made('clinic-six'), await made('clinic-seven')]
    await create(admin, 'users', {
      email: 'editor-six-seven@chain.test',
      password: 'editor-password-1',
      tenants: [{ tenant: six }, { tenant: seven }],
    })
    const consent = await create(admin, 'consents', { ...consentRecord(), tenant: six })
    const gone = await admin.rest('DELETE', `/api/tenants?where[id][in]=${six},${seven}`)
    expect(gone.status).toBe(200)
    const left = await payload.find({
      collection: 'tenants' as never,
      overrideAccess: true,
      where: { id: { in: [six, seven] } },
    })
    expect(left.totalDocs).toBe(0)
    const kept = await storedConsent(consent.id)
    expect(kept.formerClinic).toMatchObject({ name: 'clinic-six', tenantId: String(six) })
  })
})
