// The access matrix's anonymous paths in a fresh app, on whatever Payload the app installed (the
// lowest 3.x, the project's own, a 4.0 canary): a draft FAQ and a revoked client's gallery and
// photos are hidden on every REST path a visitor has (list, by id, count, populated and plain
// relationships, `where` by a related id, the image files), while a consented gallery is shown,
// until its consent is revoked. Prints what each path answered as JSON and exits.
//
// Run it with `node --conditions=production` (see app.mjs).
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { configToSchema } from '@payloadcms/graphql'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { graphql } from 'graphql'
import * as payloadExports from 'payload'
import { buildConfig, getPayload } from 'payload'
import { smpClinicPlugin } from 'payload-plugin-smp-clinic'
import sharp from 'sharp'

import { signedConsent } from './content.mjs'
import { serveApi } from './serveApi.mjs'

const dir = process.argv[2]
const config = await buildConfig({
  collections: [{ slug: 'users', auth: true, fields: [] }],
  db: sqliteAdapter({ client: { url: `file:${dir}/paths.db` } }),
  editor: lexicalEditor(),
  logger: { options: { level: 'warn' } },
  plugins: [smpClinicPlugin({ seed: 'onInit', uploads: { staticDir: `${dir}/paths-uploads` } })],
  secret: 'consumer-test-secret',
  sharp,
  telemetry: false,
})
const payload = await getPayload({ config })

const server = await serveApi(config)
const base = server.url
const get = async (path) => {
  const response = await fetch(new URL(path, base))
  const text = await response.text()
  let body
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  return { body, status: response.status }
}
const local = { depth: 0, overrideAccess: true }

// GraphQL as Payload's route runs it (the app has no Next.js): Payload's schema for the config,
// executed for a visitor's request. Payload 4 renamed createLocalReq to createPayloadRequest.
const { schema } = configToSchema(payload.config)
const visitorRequest = () =>
  payloadExports.createPayloadRequestFromWebRequest
    ? payloadExports.createPayloadRequest({ payload })
    : payloadExports.createLocalReq({}, payload)
const query = async (source) => {
  const req = await visitorRequest()
  req.payloadAPI = 'GraphQL'
  const result = await graphql({ contextValue: { headers: {}, req }, schema, source })
  return result.data
}

// A draft FAQ, linked from the seeded (published) article.
const [article] = (
  await payload.find({
    collection: 'articles',
    ...local,
    where: { slug: { equals: 'scalp-micropigmentation-a-solution-for-hair-loss' } },
  })
).docs
const draft = await payload.create({
  collection: 'faqs',
  ...local,
  data: {
    _status: 'draft',
    answer: article.body,
    question: 'Not answered yet?',
  },
  draft: true,
})
await payload.update({
  id: article.id,
  collection: 'articles',
  ...local,
  data: { relatedFaqs: [...(article.relatedFaqs ?? []), draft.id] },
})

// A client's gallery, published with their consent.
const consent = await payload.create({
  collection: 'consents',
  ...local,
  data: signedConsent('Consumer client'),
})
const photo = async (name, shade) => {
  const data = await sharp({
    create: { background: { b: shade, g: shade, r: shade }, channels: 3, height: 390, width: 520 },
  })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    ...local,
    data: { alt: name },
    file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
  })
}
const before = await photo('before', 40)
const after = await photo('after', 200)
const gallery = await payload.create({
  collection: 'before-after-galleries',
  ...local,
  data: {
    _status: 'published',
    consent: consent.id,
    pairs: [{ after: after.id, angle: 'front', before: before.id }],
    title: 'A consented result',
    treatmentType: 'hairline',
    unretouchedAttestation: true,
  },
})

const galleryPaths = async () => {
  const byId = await get(`/api/before-after-galleries/${gallery.id}`)
  const overGraphQL = await query(
    `{ BeforeAfterGallery(id: ${JSON.stringify(gallery.id)}) { id } BeforeAfterGalleries(where: { id: { equals: ${JSON.stringify(gallery.id)} } }) { totalDocs } }`,
  )
  const image = await get(`/api/media/${after.id}`)
  const fileUrl = (await payload.findByID({ id: after.id, collection: 'media', ...local })).url
  return {
    byId: byId.status,
    count: (await get(`/api/before-after-galleries/count?where[id][equals]=${gallery.id}`)).body
      .totalDocs,
    file: (await get(fileUrl)).status,
    graphQLById: Boolean(overGraphQL?.BeforeAfterGallery),
    graphQLList: overGraphQL?.BeforeAfterGalleries?.totalDocs,
    image: image.status,
    list: (await get(`/api/before-after-galleries?where[id][equals]=${gallery.id}`)).body.totalDocs,
  }
}

const shown = await galleryPaths()
await payload.update({
  id: consent.id,
  collection: 'consents',
  ...local,
  data: { revokedAt: new Date().toISOString() },
})
const revoked = await galleryPaths()

const linked = async (depth) =>
  (await get(`/api/articles/${article.id}?depth=${depth}`)).body.relatedFaqs
    .map((faq) => (typeof faq === 'object' ? faq.id : faq))
    .includes(draft.id)

console.log(
  JSON.stringify({
    draftFaq: {
      byId: (await get(`/api/faqs/${draft.id}`)).status,
      count: (await get(`/api/faqs/count?where[id][equals]=${draft.id}`)).body.totalDocs,
      linkedAtDepth0: await linked(0),
      linkedAtDepth1: await linked(1),
      list: (await get(`/api/faqs?where[id][equals]=${draft.id}`)).body.totalDocs,
      versions: (await get(`/api/faqs/versions`)).status,
      ...(await (async () => {
        const data = await query(
          `{ Faq(id: ${JSON.stringify(draft.id)}) { id } Faqs(where: { id: { equals: ${JSON.stringify(draft.id)} } }) { totalDocs } Article(id: ${JSON.stringify(article.id)}) { relatedFaqs { id } } }`,
        )
        return {
          graphQLById: Boolean(data?.Faq),
          graphQLLinked: (data?.Article?.relatedFaqs ?? []).some((faq) => faq?.id === draft.id),
          graphQLList: data?.Faqs?.totalDocs,
        }
      })()),
      whereRelated: (await get(`/api/articles?where[relatedFaqs][equals]=${draft.id}`)).body
        .totalDocs,
    },
    gallery: {
      revoked,
      revokedStatus: (
        await payload.findByID({ id: gallery.id, collection: 'before-after-galleries', ...local })
      )._status,
      shown,
    },
  }),
)
server.close()
await payload.destroy()
process.exit(0)
