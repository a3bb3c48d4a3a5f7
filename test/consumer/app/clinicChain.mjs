// A clinic chain in a fresh app: the packed plugin beside Payload's own plugin-multi-tenant, two
// clinics on their own domains, a practitioner they share. Prints, as JSON, what each domain's
// visitors, each clinic's editor and the chain's administrator were answered, then exits.
//
// Run it with `node --conditions=production` (see app.mjs).
import { request } from 'node:http'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { configToSchema } from '@payloadcms/graphql'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { graphql } from 'graphql'
import { buildConfig, createPayloadRequest, getPayload } from 'payload'
import { smpClinicPlugin, smpClinicTenantCollections } from 'payload-plugin-smp-clinic'
import sharp from 'sharp'

import { signedConsent, words } from './content.mjs'
import { serveApi } from './serveApi.mjs'

const dir = process.argv[2]
const clinic = {
  seed: false,
  site: { url: 'https://chain.example' },
  tenancy: {},
  uploads: { staticDir: `${dir}/chain-uploads` },
}
const config = await buildConfig({
  admin: { user: 'users' },
  collections: [
    {
      slug: 'users',
      auth: true,
      fields: [{ name: 'chainAdmin', type: 'checkbox' }],
    },
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
  db: sqliteAdapter({ client: { url: `file:${dir}/chain.db` } }),
  editor: lexicalEditor(),
  logger: { options: { level: 'warn' } },
  plugins: [
    smpClinicPlugin(clinic),
    multiTenantPlugin({
      collections: smpClinicTenantCollections(clinic),
      userHasAccessToAllTenants: (user) => Boolean(user?.chainAdmin),
    }),
  ],
  secret: 'consumer-test-secret',
  sharp,
  telemetry: false,
})
const payload = await getPayload({ config })
const server = await serveApi(config)
const local = { depth: 0, overrideAccess: true }

// Over HTTP with the Host a visitor's browser sends (fetch will not send a Host of its own).
const send = (method, path, { body, host = 'chain-admin.test', token } = {}) =>
  new Promise((resolve, reject) => {
    const target = new URL(path, server.url)
    const req = request(
      {
        headers: {
          host,
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        hostname: target.hostname,
        method,
        path: `${target.pathname}${target.search}`,
        port: target.port,
      },
      (res) => {
        const chunks = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed
          try {
            parsed = JSON.parse(text)
          } catch {
            parsed = undefined
          }
          resolve({ body: parsed, status: res.statusCode, text })
        })
      },
    )
    req.on('error', reject)
    req.end(body ? JSON.stringify(body) : undefined)
  })
const ids = (response) => (response.body?.docs ?? []).map((doc) => doc.id)

// GraphQL as Payload's route runs it (the app has no Next.js), for a request to a domain.
const { schema } = configToSchema(payload.config)
const query = async (host, source) => {
  const req = await createPayloadRequest({
    config: payload.config,
    request: new Request(`http://${host}/api/graphql`, { headers: { host }, method: 'POST' }),
  })
  req.payloadAPI = 'GraphQL'
  return (await graphql({ contextValue: { headers: {}, req }, schema, source })).data
}

const tenant = (name, domain, profile) =>
  payload.create({ collection: 'tenants', ...local, data: { clinic: profile, domain, name } })
const tenantA = await tenant('Clinic A', 'clinic-a.test', { telephone: '+44 113 000 0001' })
const tenantB = await tenant('Clinic B', 'clinic-b.test', { telephone: '+44 161 000 0002' })

const user = (email, data) =>
  payload.create({
    collection: 'users',
    ...local,
    data: { email, password: 'consumer-password-1', ...data },
  })
await user('chain@chain.test', { chainAdmin: true })
await user('editor-a@chain.test', { tenants: [{ tenant: tenantA.id }] })
const login = async (email) =>
  (
    await send('POST', '/api/users/login', {
      body: { email, password: 'consumer-password-1' },
    })
  ).body.token
const chainToken = await login('chain@chain.test')
const editorA = await login('editor-a@chain.test')

const create = (collection, data, file) =>
  payload.create({ collection, ...local, data, ...(file ? { file } : {}) })
const shared = await create('practitioners', {
  _status: 'published',
  name: 'Sam Shared',
  tenant: [tenantA.id, tenantB.id],
})
const onlyA = await create('practitioners', {
  _status: 'published',
  name: 'Alex Only',
  tenant: [tenantA.id],
})
const faqA = await create('faqs', {
  _status: 'published',
  answer: words('Yes, at clinic A.'),
  question: 'Does clinic A treat scars?',
  tenant: tenantA.id,
})
const png = await sharp({
  create: { background: { b: 90, g: 90, r: 90 }, channels: 3, height: 120, width: 160 },
})
  .png()
  .toBuffer()
const heroA = await create(
  'media',
  { alt: 'Clinic A hero', tenant: tenantA.id },
  { data: png, mimetype: 'image/png', name: 'hero-a.png', size: png.length },
)
const article = (tenantId, extra) =>
  create('articles', {
    _status: 'published',
    author: shared.id,
    body: words('What scalp micropigmentation is.'),
    tenant: tenantId,
    title: 'What is SMP',
    ...extra,
  })
const articleA = await article(tenantA.id, { heroImage: heroA.id, relatedFaqs: [faqA.id] })
const articleB = await article(tenantB.id, {})
const consentB = await create('consents', signedConsent('Client of B', { tenant: tenantB.id }))

// What a visitor of each domain is answered.
const visitor = async (host) => {
  const get = (path) => send('GET', path, { host })
  const heroFile = (await send('GET', `/api/media/${heroA.id}`, { token: chainToken })).body.url
  const jsonLd = (await get(`/api/articles?where[slug][equals]=what-is-smp`)).body?.docs?.[0]
    ?.jsonLd
  const graph = jsonLd ? JSON.parse(jsonLd)['@graph'] : []
  const overGraphQL = await query(
    host,
    `{ Articles { docs { id } } Faq(id: ${JSON.stringify(faqA.id)}) { id } Faqs { totalDocs } }`,
  )
  const sharedRead = await get(`/api/practitioners/${shared.id}?depth=0`)
  return {
    articleAById: (await get(`/api/articles/${articleA.id}`)).status,
    articles: ids(await get('/api/articles?depth=0')),
    clinicTelephone: graph.find((node) => node['@type'] === 'MedicalClinic')?.telephone ?? null,
    faqCount: (await get('/api/faqs/count')).body?.totalDocs,
    graphQLArticles: (overGraphQL?.Articles?.docs ?? []).map((doc) => doc.id),
    graphQLFaqA: Boolean(overGraphQL?.Faq),
    graphQLFaqCount: overGraphQL?.Faqs?.totalDocs,
    heroFile: (await get(new URL(heroFile, server.url).pathname)).status,
    onlyA: (await get(`/api/practitioners/${onlyA.id}`)).status,
    sharedClinics: sharedRead.body?.tenant ?? null,
    sitemapNamesA: (await get('/api/smp-clinic/sitemap.xml')).text.includes('clinic-a.test'),
    whereRelatedFaqA: ids(await get(`/api/articles?where[relatedFaqs][equals]=${faqA.id}`)),
  }
}
const onA = await visitor('clinic-a.test')
const onB = await visitor('clinic-b.test')
const elsewhere = await visitor('elsewhere.test')

// What clinic A's editor may do.
const editor = {
  articles: ids(await send('GET', '/api/articles?depth=0&draft=true', { token: editorA })),
  createInB: (
    await send('POST', '/api/faqs', {
      body: { answer: words('Not mine.'), question: 'Written into clinic B?', tenant: tenantB.id },
      token: editorA,
    })
  ).status,
  editB: (
    await send('PATCH', `/api/articles/${articleB.id}`, {
      body: { title: 'Taken over' },
      token: editorA,
    })
  ).status,
  repeatSlug: await (async () => {
    const response = await send('POST', '/api/articles', {
      body: {
        _status: 'published',
        body: words('Again.'),
        tenant: tenantA.id,
        title: 'What is SMP',
      },
      token: editorA,
    })
    return { field: response.body?.errors?.[0]?.data?.errors?.[0]?.path, status: response.status }
  })(),
}

// Clinic B leaves the chain: its content goes, its client's consent stays.
const left = (await send('DELETE', `/api/tenants/${tenantB.id}`, { token: chainToken })).status
const keptConsent = await payload
  .findByID({ collection: 'consents', ...local, id: consentB.id })
  .then((doc) => Boolean(doc))
  .catch(() => false)
const articleBAfter = await payload
  .find({ collection: 'articles', ...local, where: { id: { equals: articleB.id } } })
  .then(({ totalDocs }) => totalDocs)

console.log(
  JSON.stringify({
    ids: { articleA: articleA.id, articleB: articleB.id, tenantA: tenantA.id, tenantB: tenantB.id },
    editor,
    elsewhere,
    leaving: { articleBAfter, keptConsent, status: left },
    onA,
    onB,
  }),
)
server.close()
await payload.destroy()
process.exit(0)
