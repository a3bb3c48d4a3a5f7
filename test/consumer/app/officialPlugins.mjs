// The plugin beside Payload's official SEO, search and form-builder plugins, the way an agency
// combines them. `node --conditions=production officialPlugins.mjs <dir> <order>`: with order
// `clinic-first` the clinic's plugin is listed first, with `official-first` last. It serves
// Payload's REST API on an ephemeral port, acts as a visitor and as an editor, prints what it
// saw as one JSON line and exits.
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import { searchPlugin } from '@payloadcms/plugin-search'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload } from 'payload'
import { clinicNow, smpClinicPlugin } from 'payload-plugin-smp-clinic'

import { serveApi } from './serveApi.mjs'

const [dir, order, layout] = process.argv.slice(2)

// The host's own read rule for FAQs: a members' question is for signed-in users only, however
// published. The search index must follow it as the FAQs' own reads do.
const faqsForVisitors = ({ req }) =>
  req.user
    ? true
    : { and: [{ _status: { equals: 'published' } }, { question: { not_like: 'Members' } }] }
// Articles: public from their publishedAt (an embargo), as the plugin's clock reads the time.
const articlesFromPublishedAt = ({ req }) =>
  req.user
    ? true
    : {
        and: [
          { _status: { equals: 'published' } },
          { publishedAt: { less_than_equal: clinicNow(req).toISOString() } },
        ],
      }
const clinic = smpClinicPlugin({
  collections: {
    articles: { access: { read: articlesFromPublishedAt } },
    faqs: { access: { read: faqsForVisitors } },
  },
  seed: 'onInit',
  uploads: { staticDir: `${dir}/uploads` },
})
const official = [
  seoPlugin({
    collections: ['articles', 'practitioners', 'before-after-galleries'],
    generateTitle: ({ doc }) => `${doc?.title ?? doc?.name ?? ''} | Clinic`,
    // `tabbed`: plugin-seo puts its fields in a tab of their own.
    tabbedUI: layout === 'tabbed',
    uploadsCollection: 'media',
  }),
  searchPlugin({
    // FAQs are titled by their question: index each document under its admin title.
    beforeSync: ({ collectionSlug, originalDoc, payload, searchDoc }) => ({
      ...searchDoc,
      title: originalDoc[payload.collections[collectionSlug].config.admin.useAsTitle],
    }),
    // Practitioners too, so the index meets a published sample, which no visitor may read.
    collections: ['articles', 'faqs', 'practitioners'],
    // Drafts synced too, the riskier setting: the plugin keeps draft words out of the index.
    syncDrafts: true,
  }),
  // Forms may send visitors on to an article: a relationship to clinic content added by a plugin
  // that runs after the clinic's.
  formBuilderPlugin({
    fields: { email: true, text: true, textarea: true },
    redirectRelationships: ['articles'],
  }),
]

const config = await buildConfig({
  collections: [{ slug: 'users', auth: true, fields: [] }],
  db: sqliteAdapter({ client: { url: `file:${dir}/${order}-${layout ?? 'flat'}.db` } }),
  editor: lexicalEditor(),
  logger: { options: { level: 'warn' } },
  plugins: order === 'official-first' ? [...official, clinic] : [clinic, ...official],
  secret: 'consumer-test-secret',
  telemetry: false,
})
const payload = await getPayload({ config })

const server = await serveApi(config)
const base = `${server.url}/api`

const call = async (path, { json, method = json ? 'POST' : 'GET', token } = {}) => {
  const response = await fetch(`${base}${path}`, {
    body: json ? JSON.stringify(json) : undefined,
    headers: {
      ...(json ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method,
  })
  return { body: await response.json().catch(() => null), status: response.status }
}
const entries = (body) =>
  (body?.docs ?? []).map((doc) => ({
    collection: doc.doc?.relationTo,
    title: doc.title,
  }))

await payload.create({
  collection: 'users',
  data: { email: 'editor@clinic.test', password: 'editor-password' },
  depth: 0,
  overrideAccess: true,
})
const { token } = (
  await call('/users/login', { json: { email: 'editor@clinic.test', password: 'editor-password' } })
).body
const index = async () =>
  (await payload.find({ collection: 'search', depth: 0, limit: 100, overrideAccess: true })).docs

const result = { layout: layout ?? 'flat', order }

const afterSeed = await call('/search?limit=100&depth=0')
result.seededIndex = entries(afterSeed.body)

// plugin-seo's fields, saved by an editor and read back.
const article = (await call('/articles?limit=1&depth=0')).body.docs[0]
const practitioner = (await call('/practitioners?limit=1&depth=0', { token })).body.docs[0]
const gallery = (await call('/before-after-galleries?limit=1&depth=0', { token })).body.docs[0]
const meta = (title) => ({ meta: { description: `${title}: described for search engines`, title } })
const seo = {}
for (const [collection, doc] of [
  ['articles', article],
  ['practitioners', practitioner],
  ['before-after-galleries', gallery],
]) {
  const saved = await call(`/${collection}/${doc.id}?depth=0`, {
    json: meta(`${collection} meta title`),
    method: 'PATCH',
    token,
  })
  const read = await call(`/${collection}/${doc.id}?depth=0`, { token })
  seo[collection] = { read: read.body?.meta, status: saved.status }
}
seo.visitorArticle = (await call(`/articles/${article.id}?depth=0`)).body?.meta
seo.generateTitle = await call('/plugin-seo/generate-title', {
  json: { collectionSlug: 'articles', doc: article, id: article.id },
  token,
})
result.seo = seo

// Private documents never reach the index or a visitor.
const draft = await call('/articles?depth=0&draft=true', {
  json: { _status: 'draft', slug: 'draft-only', title: 'A draft no visitor may see' },
  token,
})
const published = await call('/faqs?depth=0', {
  json: {
    _status: 'published',
    answer: (await payload.find({ collection: 'faqs', depth: 0, limit: 1, overrideAccess: true }))
      .docs[0].answer,
    question: 'Published, then taken back?',
  },
  token,
})
const visibleWhilePublished = entries((await call('/search?limit=100&depth=0')).body).map(
  (entry) => entry.title,
)
// A draft of a published FAQ: with syncDrafts the index plugin copies the draft's words.
await call(`/faqs/${published.body.doc.id}?depth=0&draft=true`, {
  json: { question: 'SECRET draft wording' },
  method: 'PATCH',
  token,
})
const afterDraftEdit = (await index()).map((entry) => entry.title)
const visitorAfterDraftEdit = entries((await call('/search?limit=100&depth=0')).body).map(
  (entry) => entry.title,
)
await call(`/faqs/${published.body.doc.id}?depth=0`, {
  json: { _status: 'draft' },
  method: 'PATCH',
  token,
})
// An entry the index plugin would keep if it missed a change: left for the read-time check.
const stale = await payload.db.create({
  collection: 'search',
  data: { doc: { relationTo: 'articles', value: draft.body.doc.id }, title: 'Stale entry' },
})
const visitor = await call('/search?limit=100&depth=1')
result.private = {
  draftStatus: draft.status,
  indexTitles: (await index()).map((entry) => entry.title),
  publishedStatus: published.status,
  samplePractitioner: (
    await payload.find({
      collection: 'practitioners',
      depth: 0,
      overrideAccess: true,
      where: { isSample: { equals: true } },
    })
  ).docs.map((doc) => doc.name),
  staleById: (await call(`/search/${stale.id}?depth=0`)).status,
  afterDraftEdit,
  indexCollections: [...new Set((await index()).map((entry) => entry.doc?.relationTo))].sort(),
  visibleWhilePublished,
  visitorAfterDraftEdit,
  visitorCount: (await call('/search/count')).body?.totalDocs,
  visitorEntries: entries(visitor.body),
  visitorPopulatedIds: (visitor.body?.docs ?? []).map((doc) => typeof doc.doc?.value),
  // Filtering by the collection an entry points at is open to visitors, and still guarded.
  visitorArticles: entries(
    (await call('/search?depth=0&where[doc.relationTo][equals]=articles')).body,
  ).map((entry) => entry.title),
  editorCount: (await call('/search/count', { token })).body?.totalDocs,
}

// A published FAQ the host's rule keeps from visitors: like a draft, it is kept out of the index.
const members = await call('/faqs?depth=0', {
  json: {
    _status: 'published',
    answer: (await payload.find({ collection: 'faqs', depth: 0, limit: 1, overrideAccess: true }))
      .docs[0].answer,
    question: 'Members only: what does a touch-up cost?',
  },
  token,
})
const visitorIndex = entries((await call('/search?limit=100&depth=0')).body)
result.hostRule = {
  created: members.status,
  editorEntries: entries((await call('/search?limit=100&depth=0', { token })).body).map(
    (entry) => entry.title,
  ),
  editorById: (await call(`/faqs/${members.body?.doc?.id}?depth=0`, { token })).status,
  visitorById: (await call(`/faqs/${members.body?.doc?.id}?depth=0`)).status,
  visitorCount: (await call('/search/count')).body?.totalDocs,
  visitorEntries: visitorIndex.map((entry) => entry.title),
  visitorFaqEntries: entries(
    (await call('/search?depth=0&where[doc.relationTo][equals]=faqs')).body,
  ).map((entry) => entry.title),
}

// An article embargoed for 2.5 s: indexed with its save, found by visitors from the instant on,
// with nobody saving anything.
const embargoAt = Date.now() + 2500
const embargoed = await call('/articles?depth=0', {
  json: {
    _status: 'published',
    body: (await payload.find({ collection: 'articles', depth: 0, limit: 1, overrideAccess: true }))
      .docs[0].body,
    publishedAt: new Date(embargoAt).toISOString(),
    slug: 'embargoed-launch',
    title: 'Embargoed until launch',
  },
  token,
})
const visitorTitles = async () =>
  entries((await call('/search?limit=100&depth=0')).body).map((entry) => entry.title)
const beforeEmbargo = await visitorTitles()
while (Date.now() < embargoAt + 300) {
  await new Promise((resolve) => setTimeout(resolve, 100))
}
result.embargo = {
  afterEmbargo: await visitorTitles(),
  beforeEmbargo,
  created: embargoed.status,
  visitorReadAfter: (await call(`/articles/${embargoed.body?.doc?.id}?depth=0`)).status,
}

// A consultation request through the form builder, beside the clinic's collections.
const form = await payload.create({
  collection: 'forms',
  data: {
    confirmationMessage: {
      root: {
        children: [
          {
            children: [
              {
                detail: 0,
                format: 0,
                mode: 'normal',
                style: '',
                text: 'Thank you: we will call you back.',
                type: 'text',
                version: 1,
              },
            ],
            direction: 'ltr',
            format: '',
            indent: 0,
            type: 'paragraph',
            version: 1,
          },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        type: 'root',
        version: 1,
      },
    },
    confirmationType: 'message',
    fields: [
      { blockType: 'text', label: 'Name', name: 'name', required: true },
      { blockType: 'email', label: 'Email', name: 'email', required: true },
      { blockType: 'textarea', label: 'What would you like to discuss?', name: 'message' },
    ],
    redirect: {
      reference: { relationTo: 'articles', value: draft.body.doc.id },
      type: 'reference',
    },
    submitButtonLabel: 'Request a consultation',
    title: 'Consultation request',
  },
  depth: 0,
  overrideAccess: true,
})
const submitted = await call('/form-submissions?depth=0', {
  json: {
    form: form.id,
    submissionData: [
      { field: 'name', value: 'Alex Visitor' },
      { field: 'email', value: 'alex@example.com' },
      { field: 'message', value: 'Is SMP right for a receding hairline?' },
    ],
  },
})
result.form = {
  // The form points at the draft article: a visitor reads the form without that id.
  draftIdForEditor: (await call(`/forms/${form.id}?depth=0`, { token })).body?.redirect?.reference,
  draftIdForVisitor: JSON.stringify((await call(`/forms/${form.id}?depth=0`)).body?.redirect),
  editorReads: (await call('/form-submissions?depth=0', { token })).body?.totalDocs,
  submitted: submitted.status,
  visitorReads: (await call('/form-submissions?depth=0')).status,
}
result.collections = payload.config.collections.map((collection) => collection.slug).sort()

console.log(JSON.stringify(result))
server.close()
await payload.destroy()
process.exit(0)
