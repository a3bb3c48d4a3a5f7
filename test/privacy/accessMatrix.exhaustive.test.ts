import { devAdmin } from '../../dev/ensureFirstUser.js'
import { responseCacheOf, smpClinicQueue } from '../../src/index.js'
import { sampleGalleries, samplePractitioner, sampleTestimonials } from '../../src/internal.js'
import { placeholderPng } from '../../src/internal.js'
import { ApiClient } from '../helpers/apiClient.js'
import {
  type ForgedToken,
  forgeTokens,
  type RawResponse,
  send,
  type Transport,
  transports,
} from '../helpers/credentials.js'
import { createConsent, createTestimonial } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { testClock } from '../helpers/testClock.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * The public access matrix. Every way an anonymous reader (or one holding a bad token) can ask
 * for clinic content is checked against an oracle: the privacy promise applied to what an editor
 * sees, at the test clock's current time. A case fails, and counts as a leak, when a response
 * shows a document, a relationship id, a hidden document's text or an internal field the reader
 * may not see, answers with another status than promised, or drops something the reader may see.
 */

// The matrix provokes hundreds of expected 400s and 403s, each of which Payload logs as an error.
process.env.LOG_LEVEL = 'fatal'

type Id = number | string
type Doc = Record<string, any>

const day = 24 * 60 * 60 * 1000
const run = Math.random().toString(36).slice(2, 8)
/**
 * Text unique to one fixture. The terminator keeps a label from matching inside a longer one
 * (`hero` inside `hero-of-draft`), so `includes` means exactly this fixture.
 */
const mark = (label: string) => `MK-${run}-${label}-END`
const fileName = (label: string) => `mk-${run}-${label}.png`

const contentSlugs = [
  'articles',
  'faqs',
  'practitioners',
  'testimonials',
  'before-after-galleries',
  'topics',
  'media',
] as const
type Content = (typeof contentSlugs)[number]

/**
 * Relationship, upload and join fields of each collection, with the collection they point to.
 * Gallery photos (`pairs[].before`/`after`) are handled on their own.
 */
const relationFields: Record<Content, Record<string, string>> = {
  articles: {
    author: 'practitioners',
    heroImage: 'media',
    relatedFaqs: 'faqs',
    topics: 'topics',
  },
  'before-after-galleries': { practitioner: 'practitioners', topic: 'topics' },
  faqs: { relatedArticles: 'articles', topics: 'topics' },
  media: {},
  practitioners: {
    articles: 'articles',
    galleries: 'before-after-galleries',
    photo: 'media',
    testimonials: 'testimonials',
  },
  testimonials: { gallery: 'before-after-galleries', practitioner: 'practitioners' },
  topics: {},
}
const joinFields = new Set(['articles', 'galleries', 'testimonials'])

/**
 * Every key that holds a reference anywhere in a response, nested or not.
 */
const relationTargets: Record<string, string> = {
  ...Object.assign({}, ...Object.values(relationFields)),
  after: 'media',
  before: 'media',
  consent: 'consents',
}

const internalFields = new Set([
  'alwaysPublic',
  'consent',
  'consentState',
  'generateSlug',
  'isSample',
  'publicUntil',
  'seedKey',
])
const internalFieldsOf: Record<Content, string[]> = {
  articles: ['generateSlug', 'seedKey'],
  'before-after-galleries': ['consent', 'consentState', 'generateSlug', 'isSample', 'seedKey'],
  faqs: ['seedKey'],
  media: ['alwaysPublic', 'publicUntil', 'seedKey'],
  practitioners: ['generateSlug', 'isSample', 'seedKey'],
  testimonials: ['consent', 'consentState', 'isSample', 'seedKey'],
  topics: ['generateSlug', 'seedKey'],
}

const image = 'id url filename alt sizes { card480 { url } square480Webp { url } full960 { url } }'
/**
 * GraphQL names, and a selection that reaches every relationship, join and internal field, asking
 * for drafts on every nested relationship (an argument the public must not benefit from).
 */
const graphQL: Record<Content, { fields: string; many: string; one: string }> = {
  articles: {
    fields: `id title seedKey heroImage { ${image} } author(draft: true) { id name photo { id } galleries { docs { id title } } articles { docs { id title } } } relatedFaqs(draft: true) { id question relatedArticles(draft: true) { id title heroImage { id } } } topics { id name }`,
    many: 'Articles',
    one: 'Article',
  },
  'before-after-galleries': {
    fields: `id title isSample visibleUntil consent { id subject } practitioner(draft: true) { id name testimonials { docs { id clientName } } } topic { id } pairs { before { ${image} } after { ${image} } }`,
    many: 'BeforeAfterGalleries',
    one: 'BeforeAfterGallery',
  },
  faqs: {
    fields:
      'id question seedKey relatedArticles(draft: true) { id title author(draft: true) { id name } relatedFaqs(draft: true) { id question } } topics { id }',
    many: 'Faqs',
    one: 'Faq',
  },
  media: { fields: `${image} publicUntil alwaysPublic seedKey`, many: 'AllMedia', one: 'Media' },
  practitioners: {
    fields: `id name isSample seedKey photo { ${image} } galleries(limit: 100) { docs { id title practitioner(draft: true) { id } pairs { before { id } } } } testimonials { docs { id clientName gallery(draft: true) { id title } } } articles { docs { id title relatedFaqs(draft: true) { id question } } }`,
    many: 'Practitioners',
    one: 'Practitioner',
  },
  testimonials: {
    fields:
      'id clientName quote isSample visibleUntil consent { id subject } practitioner(draft: true) { id name galleries { docs { id title } } } gallery(draft: true) { id title pairs { before { id } after { id } } }',
    many: 'Testimonials',
    one: 'Testimonial',
  },
  topics: { fields: 'id name seedKey', many: 'Topics', one: 'Topic' },
}

/**
 * The ids a relationship value refers to: a bare id, a populated document, a join's `docs`, or a
 * list of those.
 */
const refIds = (value: unknown): string[] => {
  if (value === null || value === undefined) {
    return []
  }
  if (typeof value === 'number' || typeof value === 'string') {
    return [String(value)]
  }
  if (Array.isArray(value)) {
    return value.flatMap(refIds)
  }
  if (typeof value === 'object') {
    const object = value as Doc
    if ('id' in object) {
      return refIds(object.id)
    }
    if (Array.isArray(object.docs)) {
      return object.docs.flatMap(refIds)
    }
  }
  return []
}

const isJoinValue = (value: unknown): value is { docs: unknown[]; hasNextPage?: boolean } =>
  Boolean(value) && typeof value === 'object' && Array.isArray((value as Doc).docs)

const textFields = [
  'alt',
  'clientName',
  'email',
  'filename',
  'name',
  'question',
  'quote',
  'subject',
]
const textsOf = (doc: Doc): string[] =>
  [...textFields.map((field) => doc[field]), doc.title, doc.signer?.name].filter(
    (text): text is string => typeof text === 'string' && text.length >= 8,
  )

/**
 * The promise, applied to the editor's view of every document at one instant.
 */
class Oracle {
  readonly hiddenTexts: string[]
  private readonly docs = new Map<string, Map<string, Doc>>()
  private readonly visibleSets = new Map<string, Set<string>>()

  constructor(all: Record<string, Doc[]>, now: number, extraHidden: string[]) {
    for (const [collection, list] of Object.entries(all)) {
      this.docs.set(collection, new Map(list.map((doc) => [String(doc.id), doc])))
    }
    const published = (doc: Doc) => doc._status === 'published'
    // Whichever of expiry and revocation comes first ends the consent, at that instant.
    const consentLasts = (value: unknown) => {
      const consent = this.doc('consents', refIds(value)[0] ?? '')
      return (
        consent !== undefined &&
        [consent.expiresAt, consent.revokedAt]
          .filter((date): date is string => typeof date === 'string' && date !== '')
          .every((date) => Date.parse(date) > now)
      )
    }
    const consentBound = (doc: Doc) => published(doc) && !doc.isSample && consentLasts(doc.consent)
    const rules: Record<Exclude<Content, 'media'>, (doc: Doc) => boolean> = {
      articles: published,
      'before-after-galleries': consentBound,
      faqs: published,
      practitioners: (doc) => published(doc) && !doc.isSample,
      testimonials: consentBound,
      topics: () => true,
    }
    for (const [collection, rule] of Object.entries(rules)) {
      this.visibleSets.set(collection, new Set(this.ids(collection, rule)))
    }
    const shown = new Set([
      ...this.visibleDocs('articles').flatMap((doc) => refIds(doc.heroImage)),
      ...this.visibleDocs('practitioners').flatMap((doc) => refIds(doc.photo)),
      ...this.visibleDocs('before-after-galleries').flatMap((doc) =>
        ((doc.pairs ?? []) as Doc[]).flatMap((pair) => refIds([pair.before, pair.after])),
      ),
    ])
    this.visibleSets.set(
      'media',
      new Set(this.ids('media', (doc) => doc.alwaysPublic === true || shown.has(String(doc.id)))),
    )
    const visibleTexts: string[] = []
    const hiddenTexts = [...extraHidden]
    for (const [collection, byId] of this.docs) {
      for (const doc of byId.values()) {
        ;(this.visible(collection, doc.id) ? visibleTexts : hiddenTexts).push(...textsOf(doc))
      }
    }
    this.hiddenTexts = [...new Set(hiddenTexts)].filter(
      (hidden) => !visibleTexts.some((text) => text.includes(hidden)),
    )
  }

  doc(collection: string, id: Id): Doc | undefined {
    return this.docs.get(collection)?.get(String(id))
  }

  visible(collection: string, id: Id): boolean {
    return this.visibleSets.get(collection)?.has(String(id)) ?? false
  }

  visibleIds(collection: string): string[] {
    return [...(this.visibleSets.get(collection) ?? [])].sort()
  }

  visibleDocs(collection: string): Doc[] {
    return this.visibleIds(collection).map((id) => this.doc(collection, id)!)
  }

  private ids(collection: string, rule: (doc: Doc) => boolean): string[] {
    return [...(this.docs.get(collection)?.values() ?? [])]
      .filter(rule)
      .map((doc) => String(doc.id))
  }
}

/**
 * References a visible document must still carry: its readable ids, in order over REST (joins as
 * a set, and only when the join is complete). GraphQL lists a hasMany relationship in the order
 * Payload's resolver happens to load it, so there only the set is compared.
 */
const missingRefs = (
  doc: Doc,
  collection: Content,
  oracle: Oracle,
  { exactJoins, ordered }: { exactJoins: boolean; ordered: boolean },
) => {
  const same = (actual: string[], expected: string[]) =>
    ordered
      ? JSON.stringify(actual) === JSON.stringify(expected)
      : JSON.stringify([...actual].sort()) === JSON.stringify([...expected].sort())
  const editorView = oracle.doc(collection, doc.id)
  if (!editorView) {
    return [`unknown ${collection} ${doc.id}`]
  }
  const problems: string[] = []
  for (const [field, target] of Object.entries(relationFields[collection])) {
    if (!(field in doc) || doc[field] === undefined) {
      continue
    }
    const expected = refIds(editorView[field]).filter((id) => oracle.visible(target, id))
    const actual = refIds(doc[field])
    if (collection === 'practitioners' && joinFields.has(field)) {
      const complete = exactJoins && !(doc[field] as Doc | null)?.hasNextPage
      const missing = expected.filter((id) => !actual.includes(id))
      if (complete && missing.length) {
        problems.push(`${field} lacks readable ${target} ${missing.join(', ')}`)
      }
    } else if (!same(actual, expected)) {
      problems.push(`${field} is [${actual}], readable are [${expected}]`)
    }
  }
  if (collection === 'before-after-galleries' && Array.isArray(doc.pairs)) {
    // Only the photo fields the response asked for (a GraphQL selection may name one side).
    const sides = ['before', 'after'].filter((side) => doc.pairs.every((pair: Doc) => side in pair))
    const photos = (pairs: Doc[]) =>
      pairs.flatMap((pair) => refIds(sides.map((side) => pair[side])))
    const expected = photos(editorView.pairs ?? []).filter((id) => oracle.visible('media', id))
    if (!same(photos(doc.pairs), expected)) {
      problems.push(`pairs are [${photos(doc.pairs)}], readable are [${expected}]`)
    }
  }
  return problems
}

/**
 * Everything wrong with an anonymous response: hidden text anywhere, a document or reference the
 * reader may not read, an internal field (present at all over REST; non-null over GraphQL,
 * whose schema lists them), or a readable reference dropped.
 */
const inspect = (
  body: unknown,
  oracle: Oracle,
  { exactJoins = true, rest, root }: { exactJoins?: boolean; rest: boolean; root?: string },
): string[] => {
  const problems: string[] = []
  const text = JSON.stringify(body) ?? ''
  for (const hidden of oracle.hiddenTexts) {
    if (text.includes(hidden)) {
      problems.push(`hidden text "${hidden}"`)
    }
  }
  const walk = (value: unknown, path: string, collection?: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}[${index}]`, collection))
      return
    }
    if (!value || typeof value !== 'object') {
      return
    }
    const object = value as Doc
    // A reference that names its collection: rich-text links and polymorphic relationships.
    if (typeof object.relationTo === 'string' && 'value' in object) {
      for (const id of refIds(object.value)) {
        if (!oracle.visible(object.relationTo, id)) {
          problems.push(`${path} refers to hidden ${object.relationTo} ${id}`)
        }
      }
      walk(object.value, `${path}.value`, object.relationTo)
      return
    }
    if (collection && 'id' in object) {
      if (!oracle.visible(collection, object.id)) {
        problems.push(`${path || 'document'} is hidden ${collection} ${object.id}`)
      } else if (collection in relationFields) {
        const missing = missingRefs(object, collection as Content, oracle, {
          exactJoins,
          ordered: rest,
        })
        problems.push(...missing.map((problem) => `${path || 'document'}: ${problem}`))
      }
    }
    for (const [key, child] of Object.entries(object)) {
      const at = `${path}.${key}`
      if (internalFields.has(key) && (rest || (child !== null && child !== undefined))) {
        problems.push(`internal field ${at}`)
      }
      const target = relationTargets[key]
      if (!target) {
        walk(child, at)
        continue
      }
      for (const id of refIds(child)) {
        if (!oracle.visible(target, id)) {
          problems.push(`${at} refers to hidden ${target} ${id}`)
        }
      }
      if (isJoinValue(child)) {
        walk(child.docs, `${at}.docs`, target)
      } else {
        walk(child, at, target)
      }
    }
  }
  const list = body && typeof body === 'object' && Array.isArray((body as Doc).docs)
  walk(list ? (body as Doc).docs : body, list ? 'docs' : '', root)
  return problems
}

const sortedIds = (docs: unknown) =>
  (Array.isArray(docs) ? docs.map((doc) => String(doc?.id)) : []).sort()

/**
 * Counts cases as they start and as they pass: a case that throws, or that jest abandons on a
 * timeout, never reaches the second count, so the difference is the honest number of leaks.
 */
let executed = 0
let passed = 0
const matrixTest = (check: () => Promise<void>) => async () => {
  executed++
  await check()
  passed++
}
const matrixCase =
  <Row>(check: (row: Row) => Promise<void>) =>
  (row: Row) =>
    matrixTest(() => check(row))()

let server: TestServer
let editor: ApiClient
let oracle: Oracle
let realToken = ''
let expiry = 0
let revocation = 0
const clock = testClock()
const fixtures = new Map<string, { collection: string; id: Id }>()
// Texts that live only in a newer draft, or in Payload's own records, not in any title.
const extraHidden: string[] = []
const editorAccount = { email: `editor-${run}@smp-clinic.local`, password: 'editor-password-1' }

const ref = (key: string) => {
  const found = fixtures.get(key)
  if (!found) {
    throw new Error(`no fixture "${key}"`)
  }
  return found
}
const idOf = (key: string) => ref(key).id
const register = (key: string, collection: string, id: unknown) => {
  if (typeof id !== 'number' && typeof id !== 'string') {
    throw new Error(`fixture "${key}" has no id`)
  }
  fixtures.set(key, { collection, id })
}
const gqlId = (id: Id) => JSON.stringify(id)
const nonexistentId = () => server.nonexistentId

/**
 * Every anonymous read is asked twice: the response cache is on, and the second answer comes from
 * memory whenever the first was stored. Both must say the same, and what they say is checked.
 */
const twice = async (read: () => Promise<RawResponse>) => {
  const first = await read()
  const second = await read()
  // Errors are never stored, and each names its own request.
  const withoutRequestIds = (answer: RawResponse) =>
    JSON.parse(JSON.stringify(answer).replace(/"requestId":"[^"]*"/g, '"requestId":""'))
  expect(withoutRequestIds(second)).toEqual(withoutRequestIds(first))
  return second
}
const anonymous = (path: string) => twice(() => send(server.url, path))
const anonymousGraphQL = (query: string) =>
  twice(() => send(server.url, '/api/graphql', { json: { query } }))

const snapshot = async (): Promise<Oracle> => {
  const all: Record<string, Doc[]> = {}
  for (const collection of [...contentSlugs, 'consents', 'users']) {
    const { body, status } = await server.admin.get(`/api/${collection}?limit=1000&depth=0`)
    if (status !== 200) {
      throw new Error(`editor view of ${collection}: ${status}`)
    }
    all[collection] = body.docs
  }
  return new Oracle(all, clock.now().getTime(), extraHidden)
}

const expectClean = (body: unknown, rest: boolean, root?: string, exactJoins = true) =>
  expect(inspect(body, oracle, { exactJoins, rest, root })).toEqual([])

const expectExactList = (body: Doc, collection: string) => {
  expect(sortedIds(body.docs)).toEqual(oracle.visibleIds(collection))
  expect(body.totalDocs).toBe(oracle.visibleIds(collection).length)
}

type Join = 'articles' | 'galleries' | 'testimonials'
const joinSource: Record<Join, [string, string]> = {
  articles: ['articles', 'author'],
  galleries: ['before-after-galleries', 'practitioner'],
  testimonials: ['testimonials', 'practitioner'],
}
/** The readable documents a join of the published practitioner must list. */
const readableIn = (join: Join) => {
  const [collection, field] = joinSource[join]
  return oracle
    .visibleDocs(collection)
    .filter((doc) => refIds(doc[field]).includes(String(idOf('prac-pub'))))
    .map((doc) => String(doc.id))
    .sort()
}

// Fixtures ---------------------------------------------------------------------------------------

const imageKeys = [
  'hero',
  'hero-of-draft',
  'hero-of-newer-draft',
  'photo-of-pub',
  'photo-of-draft',
  'photo-of-sample',
  'always-public',
  'fresh',
  'pub-before',
  'pub-after',
  'exp-before',
  'exp-after',
  'rev-before',
  'rev-after',
  'draft-before',
  'draft-after',
  'hidden-prac-before',
  'hidden-prac-after',
]
const seeded = [
  { collection: 'practitioners', seedKey: samplePractitioner.seedKey },
  ...sampleGalleries.map(({ seedKey }) => ({ collection: 'before-after-galleries', seedKey })),
  ...sampleTestimonials.map(({ seedKey }) => ({ collection: 'testimonials', seedKey })),
  // The sample galleries share one placeholder for every before photo and one for every after.
  ...['before', 'after'].map((side) => ({
    collection: 'media',
    seedKey: `sample:placeholder:${side}`,
  })),
].map((entry) => ({ ...entry, key: entry.seedKey.replaceAll(':', '-') }))
const seededImageKeys = seeded.filter((entry) => entry.collection === 'media').map(({ key }) => key)
const documentKeys = [
  'prac-pub',
  'prac-draft',
  'faq-pub',
  'faq-draft',
  'faq-newer-draft',
  'article-pub',
  'article-draft',
  'article-by-hidden',
  'article-newer-draft',
  'article-with-links',
  'gallery-pub',
  'gallery-exp',
  'gallery-rev',
  'gallery-draft',
  'gallery-hidden-prac',
  't-pub',
  't-exp',
  't-rev',
  't-draft',
  't-hidden-refs',
  ...seeded.filter((entry) => entry.collection !== 'media').map(({ key }) => key),
]
const consentKeys = ['consent-long', 'consent-exp', 'consent-rev']

const bigPng = placeholderPng({ density: 'dense', height: 900, width: 900 })

/**
 * A Lexical body with one internal link per article, as the editor's link feature saves it.
 */
const bodyLinkingTo = (ids: Id[]) => {
  const text = (value: string) => ({
    detail: 0,
    format: 0,
    mode: 'normal',
    style: '',
    text: value,
    type: 'text',
    version: 1,
  })
  const link = (id: Id) => ({
    children: [text('Read more')],
    direction: 'ltr',
    fields: { doc: { relationTo: 'articles', value: id }, linkType: 'internal', newTab: false },
    format: '',
    indent: 0,
    type: 'link',
    version: 3,
  })
  const paragraph = { ...richText('').root.children[0], children: ids.map(link) }
  return { root: { ...richText('').root, children: [paragraph] } }
}
// Readable, draft, and published with a newer draft: the link to the draft must lose its target.
const linkTargets = ['article-pub', 'article-draft', 'article-newer-draft']

/**
 * The targets of the internal links in a Lexical body, in order: an id, or null once removed.
 */
const linkedIds = (body: Doc): (null | string)[] => {
  const found: (null | string)[] = []
  const visit = (node: Doc) => {
    if (node.type === 'link') {
      found.push(node.fields?.doc ? (refIds(node.fields.doc.value)[0] ?? null) : null)
    }
    ;(node.children ?? []).forEach(visit)
  }
  visit(body.root)
  return found
}

const createDoc = async (key: string, collection: string, data: Doc) => {
  const draft = data._status === 'draft'
  const { body, status } = await server.admin.rest(
    'POST',
    `/api/${collection}${draft ? '?draft=true' : ''}`,
    data,
  )
  if (status !== 201) {
    throw new Error(`${key}: ${status} ${JSON.stringify(body)}`)
  }
  register(key, collection, body.doc.id)
}

const updateDoc = async (key: string, data: Doc) => {
  const { collection, id } = ref(key)
  const draft = data._status === 'draft' ? '?draft=true' : ''
  const { body, status } = await server.admin.rest(
    'PATCH',
    `/api/${collection}/${id}${draft}`,
    data,
  )
  if (status !== 200) {
    throw new Error(`${key}: ${status} ${JSON.stringify(body)}`)
  }
}

const buildFixtures = async () => {
  for (const key of imageKeys) {
    const file = { data: bigPng, name: fileName(key), type: 'image/png' }
    const { body, status } = await server.admin.upload('media', file, { alt: mark(key) })
    if (status !== 201) {
      throw new Error(`${key}: ${status} ${JSON.stringify(body)}`)
    }
    register(key, 'media', body.doc.id)
  }
  await updateDoc('always-public', { alwaysPublic: true })
  for (const { collection, key, seedKey } of seeded) {
    const { body } = await server.admin.get(
      `/api/${collection}?draft=true&depth=0&where[seedKey][equals]=${encodeURIComponent(seedKey)}`,
    )
    register(key, collection, body.docs[0].id)
  }
  const topic = (await server.admin.get('/api/topics?limit=1&depth=0')).body.docs[0].id

  await createDoc('prac-pub', 'practitioners', {
    _status: 'published',
    name: mark('prac-pub'),
    photo: idOf('photo-of-pub'),
  })
  await createDoc('prac-draft', 'practitioners', {
    _status: 'draft',
    name: mark('prac-draft'),
    photo: idOf('photo-of-draft'),
  })
  // Published, so only `isSample` keeps it (and its photo) out of public reads.
  await updateDoc('sample-practitioner', { _status: 'published', photo: idOf('photo-of-sample') })

  await createDoc('faq-pub', 'faqs', {
    _status: 'published',
    answer: richText('A published answer.'),
    question: mark('faq-pub'),
  })
  await createDoc('faq-draft', 'faqs', {
    _status: 'draft',
    answer: richText(mark('faq-draft-answer')),
    question: mark('faq-draft'),
  })
  await createDoc('faq-newer-draft', 'faqs', {
    _status: 'published',
    answer: richText('Another published answer.'),
    question: mark('faq-newer-draft'),
  })
  await updateDoc('faq-newer-draft', { _status: 'draft', question: mark('faq-unpublished-edit') })
  extraHidden.push(mark('faq-draft-answer'), mark('faq-unpublished-edit'))

  await createDoc('article-pub', 'articles', {
    _status: 'published',
    author: idOf('prac-pub'),
    body: richText('A published body.'),
    heroImage: idOf('hero'),
    relatedFaqs: [idOf('faq-pub'), idOf('faq-draft'), idOf('faq-newer-draft')],
    title: mark('article-pub'),
    topics: [topic],
  })
  await createDoc('article-draft', 'articles', {
    _status: 'draft',
    author: idOf('prac-pub'),
    body: richText('A draft body.'),
    heroImage: idOf('hero-of-draft'),
    relatedFaqs: [idOf('faq-pub')],
    title: mark('article-draft'),
  })
  await createDoc('article-by-hidden', 'articles', {
    _status: 'published',
    author: idOf('prac-draft'),
    body: richText('Written by someone not yet public.'),
    relatedFaqs: [idOf('faq-draft')],
    title: mark('article-by-hidden'),
  })
  await createDoc('article-newer-draft', 'articles', {
    _status: 'published',
    body: richText('Published without a hero image.'),
    title: mark('article-newer-draft'),
  })
  // The unpublished edit adds a hero image: it must stay private until that edit is published.
  await updateDoc('article-newer-draft', {
    _status: 'draft',
    heroImage: idOf('hero-of-newer-draft'),
    title: mark('article-unpublished-edit'),
  })
  extraHidden.push(mark('article-unpublished-edit'))
  await updateDoc('faq-pub', {
    _status: 'published',
    relatedArticles: [idOf('article-pub'), idOf('article-draft')],
  })
  await createDoc('article-with-links', 'articles', {
    _status: 'published',
    body: bodyLinkingTo(linkTargets.map(idOf)),
    title: mark('article-with-links'),
  })

  expiry = Date.now() + day
  revocation = Date.now() + 2 * day
  const consents: [string, Doc][] = [
    ['consent-long', {}],
    ['consent-exp', { expiresAt: new Date(expiry).toISOString() }],
    // Revoked in advance: the client asked for their content to come down on that date.
    ['consent-rev', { revokedAt: new Date(revocation).toISOString() }],
  ]
  for (const [key, terms] of consents) {
    const consent = await createConsent(server.admin, {
      signer: { authority: 'client', name: mark(`${key}-signer`) },
      subject: mark(key),
      ...terms,
    })
    register(key, 'consents', consent.id)
  }

  const galleries: [string, string, string, string, 'draft' | 'published'][] = [
    ['gallery-pub', 'consent-long', 'prac-pub', 'pub', 'published'],
    ['gallery-exp', 'consent-exp', 'prac-pub', 'exp', 'published'],
    ['gallery-rev', 'consent-rev', 'prac-pub', 'rev', 'published'],
    ['gallery-draft', 'consent-long', 'prac-pub', 'draft', 'draft'],
    ['gallery-hidden-prac', 'consent-long', 'prac-draft', 'hidden-prac', 'published'],
  ]
  for (const [key, consent, practitioner, photos, status] of galleries) {
    await createDoc(key, 'before-after-galleries', {
      _status: status,
      consent: idOf(consent),
      pairs: [{ after: idOf(`${photos}-after`), angle: 'front', before: idOf(`${photos}-before`) }],
      practitioner: idOf(practitioner),
      title: mark(key),
      topic,
      treatmentType: 'hairline',
      unretouchedAttestation: true,
    })
  }

  const testimonials: [string, string | undefined, string, string, 'draft' | 'published'][] = [
    // Its gallery's consent expires before its own: the reference must go at that instant.
    ['t-pub', 'consent-long', 'prac-pub', 'gallery-exp', 'published'],
    ['t-exp', 'consent-exp', 'prac-pub', 'gallery-pub', 'published'],
    ['t-rev', 'consent-rev', 'prac-pub', 'gallery-rev', 'published'],
    ['t-draft', undefined, 'prac-pub', 'gallery-draft', 'draft'],
    ['t-hidden-refs', 'consent-long', 'sample-practitioner', 'gallery-draft', 'published'],
  ]
  for (const [key, consent, practitioner, gallery, status] of testimonials) {
    const { body, status: code } = await createTestimonial(
      server.admin,
      {
        _status: status,
        clientName: mark(key),
        consent: consent && idOf(consent),
        // All featured: the featured selection must leave out the hidden ones all the same.
        featured: true,
        gallery: idOf(gallery),
        practitioner: idOf(practitioner),
        quote: mark(`${key}-quote`),
      },
      status === 'draft' ? '?draft=true' : '',
    )
    if (code !== 201) {
      throw new Error(`${key}: ${code} ${JSON.stringify(body)}`)
    }
    register(key, 'testimonials', body.doc.id)
  }
}

/**
 * A record in each of Payload's own collections, so "403 or empty" is checked against something.
 */
const buildPayloadRecords = async () => {
  const adminUser = (await server.admin.get('/api/users/me')).body.user
  register('admin-user', 'users', adminUser.id)
  const key = `mk-${run}-preference`
  await server.admin.rest('POST', `/api/payload-preferences/${key}`, { value: mark('preference') })
  const preference = await server.admin.get(`/api/payload-preferences/${key}`)
  register('preference', 'payload-preferences', preference.body.id)
  const job = await server.payload.jobs.queue({
    input: {},
    queue: smpClinicQueue,
    task: 'smpUnpublishLapsedConsents',
  })
  register('job', 'payload-jobs', job.id)
  const locked = await server.payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'articles', value: idOf('article-draft') },
      user: { relationTo: 'users', value: adminUser.id },
    },
  })
  register('locked-document', 'payload-locked-documents', locked.id)
  await server.payload.kv.set(`mk-${run}-kv`, { note: mark('kv') })
  const kv = await server.payload.find({
    collection: 'payload-kv',
    where: { key: { equals: `mk-${run}-kv` } },
  })
  register('kv', 'payload-kv', kv.docs[0]!.id)
  extraHidden.push(mark('preference'), mark('kv'))
}

beforeAll(async () => {
  server = await startTestServer({
    plugin: {
      // The second editor may edit content but not see consent records.
      access: {
        canManageConsents: ({ req }) =>
          (req.user as { email?: string } | null)?.email === devAdmin.email,
      },
      clock: clock.now,
      // Lists of 100 with every join populated ask for more than the default cost bound; this
      // suite is about what may be seen, so it reads them whole.
      graphQL: { limits: { maxDocuments: 50_000 } },
    },
  })
  await buildFixtures()
  await buildPayloadRecords()
  const created = await server.admin.rest('POST', '/api/users', {
    ...editorAccount,
    name: mark('editor-user'),
  })
  if (created.status !== 201) {
    throw new Error(`editor: ${created.status} ${JSON.stringify(created.body)}`)
  }
  register('editor-user', 'users', created.body.doc.id)
  editor = await new ApiClient(server.url).login(editorAccount.email, editorAccount.password)
  const login = await send(server.url, '/api/users/login', { json: devAdmin })
  realToken = login.body.token
  oracle = await snapshot()
}, 120_000)

afterAll(async () => {
  clock.reset()
  await server?.close()
})

afterAll(() => {
  const cache = responseCacheOf(server.payload)?.counters()
  process.stdout.write(
    `access: ${executed} cases, ${executed - passed} leaks; response cache: ${cache?.hits ?? 0} hits, ${cache?.misses ?? 0} misses\n`,
  )
})

// Bad credentials ---------------------------------------------------------------------------------

describe('a bad token reads exactly like no token', () => {
  type Probe = { graphql?: string; name: string; path: () => string; status: number }
  const probes: Probe[] = [
    {
      name: 'articles at depth 2 with draft=true',
      path: () => '/api/articles?depth=2&draft=true',
      status: 200,
    },
    {
      name: 'a draft practitioner',
      path: () => `/api/practitioners/${idOf('prac-draft')}?draft=true`,
      status: 404,
    },
    { name: 'the consents list', path: () => '/api/consents', status: 403 },
    {
      name: 'the testimonial count',
      path: () => '/api/testimonials/count?draft=true',
      status: 200,
    },
    { name: 'the current user', path: () => '/api/users/me', status: 200 },
    {
      graphql:
        '{ Faqs(draft: true, limit: 100) { totalDocs docs { id question } } Practitioners(draft: true) { totalDocs docs { id name } } Consents { totalDocs } }',
      name: 'GraphQL drafts and consents',
      path: () => '/api/graphql',
      status: 200,
    },
    {
      name: 'a private image file',
      path: () => `/api/media/file/${fileName('hero-of-draft')}`,
      status: 403,
    },
  ]
  const ask = (probe: Probe, headers: Record<string, string>) =>
    send(server.url, probe.path(), {
      headers,
      json: probe.graphql ? { query: probe.graphql } : undefined,
    })
  const tokenNames: (ForgedToken | 'logged out')[] = [
    'logged out',
    'alg none',
    'expired',
    'expired, wrong secret',
    'garbage',
    'tampered',
    'wrong secret',
  ]
  const transportNames: Transport[] = ['jwt', 'bearer', 'cookie']
  let tokens: ReturnType<typeof forgeTokens>
  let bad: Record<(typeof tokenNames)[number], string>
  const answers = new Map<string, RawResponse>()

  beforeAll(async () => {
    tokens = forgeTokens(realToken, server.payload.secret, idOf('editor-user'))
    // A genuine token whose session has ended: validly signed and unexpired, but logged out.
    const login = await send(server.url, '/api/users/login', { json: devAdmin })
    const logout = await send(server.url, '/api/users/logout', {
      headers: transports.jwt(login.body.token),
      json: {},
    })
    expect(logout.status).toBe(200)
    bad = { ...tokens.forged, 'logged out': login.body.token }
    for (const probe of probes) {
      answers.set(probe.name, await ask(probe, {}))
    }
  })

  test.each(
    tokenNames.flatMap((token) =>
      transportNames.flatMap((transport) =>
        probes.map((probe) => ({
          name: `${probe.name}: ${token} token as ${transport}`,
          probe,
          token,
          transport,
        })),
      ),
    ),
  )(
    '$name',
    matrixCase(async ({ probe, token, transport }) => {
      const answer = await ask(probe, transports[transport](bad[token]))
      expect(answer.status).toBe(probe.status)
      expect(answer).toEqual(answers.get(probe.name))
      expectClean(answer.body, !probe.graphql)
    }),
  )

  // The controls: the same transports and signing do authenticate, so each refusal above is real.
  test.each(
    (['login', 'resigned'] as const).flatMap((token) =>
      transportNames.map((transport) => ({ token, transport })),
    ),
  )(
    'control: a valid $token token as $transport reads a draft',
    matrixCase(async ({ token, transport }) => {
      const value = token === 'login' ? realToken : tokens.control.resigned
      const { body, status } = await send(
        server.url,
        `/api/practitioners/${idOf('prac-draft')}?draft=true`,
        { headers: transports[transport](value) },
      )
      expect(status).toBe(200)
      expect(body.name).toBe(mark('prac-draft'))
    }),
  )
})

// Reads now, with every consent in effect ---------------------------------------------------------

describe('REST lists show exactly the readable documents, at every depth', () => {
  const depths = ['0', '1', '2', '3', '-1', 'abc', '']
  test.each(
    contentSlugs.flatMap((collection) =>
      [false, true].flatMap((draft) =>
        depths.map((depth) => ({
          collection,
          path: `/api/${collection}?limit=100&depth=${depth}${draft ? '&draft=true' : ''}`,
        })),
      ),
    ),
  )(
    'GET $path',
    matrixCase(async ({ collection, path }) => {
      const { body, status } = await anonymous(path)
      // A depth that is not a whole number is refused outright; there is nothing to leak.
      if (/depth=(-1|abc)/.test(path)) {
        expect(status).toBe(400)
        expect(body.docs).toBeUndefined()
        return
      }
      expect(status).toBe(200)
      expectExactList(body, collection)
      expectClean(body, true, collection)
    }),
  )

  test.each(
    contentSlugs.flatMap((collection) =>
      [
        'locale=*&depth=2&draft=true',
        'locale=*&fallback-locale=none&depth=1',
        'trash=true&draft=true&depth=1',
        'pagination=false&draft=true&depth=1',
      ].map((query) => ({ collection, query })),
    ),
  )(
    'GET /api/$collection?$query',
    matrixCase(async ({ collection, query }) => {
      const { body, status } = await anonymous(`/api/${collection}?${query}&limit=100`)
      expect(status).toBe(200)
      expectExactList(body, collection)
      expectClean(body, true, collection)
    }),
  )
})

describe('readable ids are kept at the edge of the requested depth', () => {
  // At depth 1 the published FAQ is populated and its own relatedArticles are bare ids: the
  // readable article must still be there, the draft one must not.
  test.each([{ depth: 1 }, { depth: 2 }, { depth: 3 }])(
    "the article's FAQ lists the readable article at depth $depth",
    matrixCase(async ({ depth }) => {
      const { body } = await anonymous(`/api/articles/${idOf('article-pub')}?depth=${depth}`)
      const faq = (body.relatedFaqs as Doc[]).find((item) => item.id === idOf('faq-pub'))
      expect(refIds(faq?.relatedArticles)).toEqual([String(idOf('article-pub'))])
      expect(typeof faq?.relatedArticles[0]).toBe(
        depth === 1 ? typeof idOf('article-pub') : 'object',
      )
      expectClean(body, true, 'articles')
    }),
  )
})

describe('internal links in rich text keep only readable targets', () => {
  const expected = () => [String(idOf('article-pub')), null, String(idOf('article-newer-draft'))]
  test.each([0, 1, 2].flatMap((depth) => [false, true].map((draft) => ({ depth, draft }))))(
    'REST at depth $depth (draft=$draft)',
    matrixCase(async ({ depth, draft }) => {
      const { body, status } = await anonymous(
        `/api/articles/${idOf('article-with-links')}?depth=${depth}${draft ? '&draft=true' : ''}`,
      )
      expect(status).toBe(200)
      expect(linkedIds(body.body)).toEqual(expected())
      expectClean(body, true, 'articles')
    }),
  )

  test.each([0, 2].map((depth) => ({ depth })))(
    'GraphQL with body(depth: $depth) and draft: true',
    matrixCase(async ({ depth }) => {
      const { body } = await anonymousGraphQL(
        `{ doc: Article(id: ${gqlId(idOf('article-with-links'))}, draft: true) { id body(depth: ${depth}) } }`,
      )
      expect(linkedIds(body.data.doc.body)).toEqual(expected())
      expectClean(body.data.doc, false, 'articles')
    }),
  )
})

describe('REST lookups by id answer 200 only for readable documents', () => {
  // Stated by hand, so the oracle itself is checked: everything else is readable now.
  const unreadableNow = new Set([
    'prac-draft',
    'faq-draft',
    'article-draft',
    'gallery-draft',
    't-draft',
    'hero-of-draft',
    'hero-of-newer-draft',
    'photo-of-draft',
    'photo-of-sample',
    'fresh',
    'draft-before',
    'draft-after',
    ...seeded.map(({ key }) => key),
  ])
  const keys = [...documentKeys, ...imageKeys, ...seededImageKeys, ...consentKeys]
  test.each(
    keys.flatMap((key) =>
      ['depth=2', 'depth=0&draft=true', 'depth=3&draft=true'].map((query) => ({
        expected: consentKeys.includes(key) ? 403 : unreadableNow.has(key) ? 404 : 200,
        key,
        query,
      })),
    ),
  )(
    '$key by id with $query answers $expected',
    matrixCase(async ({ expected, key, query }) => {
      const { collection, id } = ref(key)
      expect(oracle.visible(collection, id)).toBe(expected === 200)
      const { body, status } = await anonymous(`/api/${collection}/${id}?${query}`)
      expect(status).toBe(expected)
      if (expected === 200) {
        expect(body.id).toBe(id)
      }
      expectClean(body, true, expected === 200 ? collection : undefined)
    }),
  )
})

describe('GraphQL lists, lookups and counts agree with REST', () => {
  test.each(
    contentSlugs.flatMap((collection) => [false, true].map((draft) => ({ collection, draft }))),
  )(
    'GraphQL $collection list and count (draft: $draft)',
    matrixCase(async ({ collection, draft }) => {
      const { fields, many } = graphQL[collection]
      const args = draft ? ', draft: true' : ''
      const { body } = await anonymousGraphQL(
        `{ list: ${many}(limit: 100${args}) { totalDocs docs { ${fields} } } count: count${many}${draft ? '(draft: true)' : ''} { totalDocs } }`,
      )
      expect(body.errors).toBeUndefined()
      expectExactList(body.data.list, collection)
      expect(body.data.count.totalDocs).toBe(oracle.visibleIds(collection).length)
      expectClean(body.data.list.docs, false, collection)
    }),
  )

  test.each(
    [...documentKeys, ...imageKeys].flatMap((key) =>
      [false, true].map((draft) => ({ draft, key })),
    ),
  )(
    'GraphQL $key by id (draft: $draft)',
    matrixCase(async ({ draft, key }) => {
      const { collection, id } = ref(key)
      const { fields, one } = graphQL[collection as Content]
      const { body } = await anonymousGraphQL(
        `{ doc: ${one}(id: ${gqlId(id)}${draft ? ', draft: true' : ''}) { ${fields} } }`,
      )
      const doc = body.data?.doc ?? null
      if (oracle.visible(collection, id)) {
        expect(body.errors).toBeUndefined()
        expect(doc?.id).toBe(id)
      } else {
        expect(doc).toBeNull()
      }
      expectClean(body, false, undefined)
      expectClean(doc, false, doc ? collection : undefined)
    }),
  )

  test.each(
    contentSlugs.flatMap((collection) => [false, true].map((draft) => ({ collection, draft }))),
  )(
    'GET /api/$collection/count (draft=$draft)',
    matrixCase(async ({ collection, draft }) => {
      const { body, status } = await anonymous(
        `/api/${collection}/count${draft ? '?draft=true' : ''}`,
      )
      expect(status).toBe(200)
      expect(body.totalDocs).toBe(oracle.visibleIds(collection).length)
    }),
  )
})

describe('the testimonial selection lists exactly the readable testimonials, labelled', () => {
  const kinds = ['all', 'featured', 'best-rated'] as const
  const expected = (kind: (typeof kinds)[number]) =>
    oracle
      .visibleDocs('testimonials')
      .filter((doc) => kind !== 'featured' || doc.featured === true)
      .map((doc) => String(doc.id))
      .sort()

  test.each(kinds.flatMap((kind) => ['0', '1', '2', '3'].map((depth) => ({ depth, kind }))))(
    'GET /api/testimonials/selection?kind=$kind&depth=$depth',
    matrixCase(async ({ depth, kind }) => {
      const { body, status } = await anonymous(
        `/api/testimonials/selection?kind=${kind}&limit=100&depth=${depth}`,
      )
      expect(status).toBe(200)
      expect(sortedIds(body.docs)).toEqual(expected(kind))
      expect(body.totalPublished).toBe(oracle.visibleIds('testimonials').length)
      expectClean(body.docs, true, 'testimonials')
    }),
  )

  test.each(kinds.map((kind) => ({ kind })))(
    'GraphQL TestimonialSelection(kind: $kind)',
    matrixCase(async ({ kind }) => {
      const { body } = await anonymousGraphQL(
        `{ TestimonialSelection(kind: ${kind.replace('-', '_')}, limit: 100) { totalPublished docs { ${graphQL.testimonials.fields} } } }`,
      )
      expect(body.errors).toBeUndefined()
      expect(sortedIds(body.data.TestimonialSelection.docs)).toEqual(expected(kind))
      expect(body.data.TestimonialSelection.totalPublished).toBe(
        oracle.visibleIds('testimonials').length,
      )
      expectClean(body.data.TestimonialSelection.docs, false, 'testimonials')
    }),
  )
})

describe('select, populate and joins reveal nothing extra', () => {
  const selections: { collection: Content; query: () => string }[] = [
    { collection: 'articles', query: () => 'select[title]=true&select[relatedFaqs]=true&depth=1' },
    {
      collection: 'articles',
      query: () => 'select[author]=true&select[heroImage]=true&depth=2&draft=true',
    },
    { collection: 'articles', query: () => 'select[seedKey]=true&select[generateSlug]=true' },
    {
      collection: 'articles',
      query: () => 'populate[faqs][question]=true&populate[faqs][relatedArticles]=true&depth=2',
    },
    {
      collection: 'articles',
      query: () => 'populate[practitioners][name]=true&depth=1&draft=true',
    },
    {
      collection: 'faqs',
      query: () => 'populate[articles][title]=true&populate[articles][author]=true&depth=2',
    },
    {
      collection: 'practitioners',
      query: () => 'select[galleries]=true&select[articles]=true&select[isSample]=true',
    },
    {
      collection: 'practitioners',
      query: () =>
        'populate[before-after-galleries][title]=true&populate[testimonials][gallery]=true&depth=2',
    },
    {
      collection: 'testimonials',
      query: () => 'select[gallery]=true&select[practitioner]=true&depth=1',
    },
    {
      collection: 'testimonials',
      query: () =>
        'select[consent]=true&select[consentState]=true&select[visibleUntil]=true&depth=1',
    },
    {
      collection: 'before-after-galleries',
      query: () => 'select[pairs]=true&select[consent]=true&depth=1',
    },
    {
      collection: 'media',
      query: () => 'select[publicUntil]=true&select[alwaysPublic]=true&select[filename]=true',
    },
  ]
  test.each(selections.map((row) => ({ ...row, name: `${row.collection}?${row.query()}` })))(
    'GET /api/$name',
    matrixCase(async ({ collection, query }) => {
      const { body, status } = await anonymous(`/api/${collection}?limit=100&${query()}`)
      expect(status).toBe(200)
      expectExactList(body, collection)
      expectClean(body, true, collection)
    }),
  )

  const allJoins: Join[] = ['articles', 'galleries', 'testimonials']
  const joinRows: {
    check: (body: Doc) => void
    exact: boolean
    name: string
    query: () => string
  }[] = [
    {
      check: (body) => {
        expect(body.galleries.docs).toHaveLength(Math.min(1, readableIn('galleries').length))
        expect(body.galleries.hasNextPage).toBe(readableIn('galleries').length > 1)
      },
      exact: true,
      name: 'a limit of 1',
      query: () => 'joins[galleries][limit]=1',
    },
    {
      check: (body) =>
        allJoins.forEach((join) => expect(refIds(body[join]).sort()).toEqual(readableIn(join))),
      exact: true,
      name: 'a limit of 100 on every join',
      query: () => allJoins.map((join) => `joins[${join}][limit]=100`).join('&'),
    },
    {
      check: (body) => expect(refIds(body.galleries).sort()).toEqual(readableIn('galleries')),
      exact: true,
      name: 'a sort by title',
      query: () => 'joins[galleries][sort]=-title',
    },
    {
      check: (body) =>
        allJoins.forEach((join) => expect(body[join].totalDocs).toBe(readableIn(join).length)),
      exact: true,
      name: 'counts on every join',
      query: () => allJoins.map((join) => `joins[${join}][count]=true`).join('&'),
    },
    {
      check: (body) => {
        expect(body.galleries.docs).toEqual([])
        expect(body.galleries.totalDocs).toBe(0)
      },
      exact: false,
      name: "a where on a draft gallery's title",
      query: () =>
        `joins[galleries][where][title][equals]=${mark('gallery-draft')}&joins[galleries][count]=true`,
    },
    {
      check: (body) => {
        expect(body.galleries.docs).toEqual([])
        expect(body.testimonials.docs).toEqual([])
      },
      exact: false,
      name: 'a where on draft status',
      query: () =>
        'joins[galleries][where][_status][equals]=draft&joins[testimonials][where][_status][equals]=draft',
    },
    {
      check: (body) => expect(body.galleries.docs).toEqual([]),
      exact: false,
      name: "a where on a draft gallery's id",
      query: () => `joins[galleries][where][id][equals]=${idOf('gallery-draft')}`,
    },
    {
      check: (body) => expect(body.testimonials.totalDocs).toBe(0),
      exact: false,
      name: "a where on a draft testimonial's name",
      query: () =>
        `joins[testimonials][where][clientName][equals]=${mark('t-draft')}&joins[testimonials][count]=true`,
    },
    {
      check: (body) =>
        expect(body.articles.totalDocs).toBe(
          readableIn('articles').filter((id) => oracle.doc('articles', id)?.title?.includes(run))
            .length,
        ),
      exact: false,
      name: 'a like on the run marker',
      query: () => `joins[articles][where][title][like]=${run}&joins[articles][count]=true`,
    },
    {
      check: (body) => expect(body.galleries?.docs ?? []).toEqual([]),
      exact: false,
      name: 'a page past the end',
      query: () => 'joins[galleries][limit]=1&joins[galleries][page]=50',
    },
    {
      // Whether or not Payload honours it over REST, what it returns must be the readable joins.
      check: (body) =>
        allJoins.forEach((join) => expect(refIds(body[join]).sort()).toEqual(readableIn(join))),
      exact: true,
      name: 'joins turned off',
      query: () => 'joins=false',
    },
    {
      check: (body) => expect(refIds(body.galleries).sort()).toEqual(readableIn('galleries')),
      exact: true,
      name: 'depth 1 and draft=true',
      query: () => 'depth=1&draft=true&joins[galleries][limit]=100',
    },
  ]
  test.each(joinRows)(
    "the published practitioner's joins with $name",
    matrixCase(async ({ check, exact, query }) => {
      const { body, status } = await anonymous(`/api/practitioners/${idOf('prac-pub')}?${query()}`)
      expect(status).toBe(200)
      check(body)
      expectClean(body, true, 'practitioners', exact)
    }),
  )
})

describe('values only an unpublished draft has cannot be found', () => {
  const rows: [Content, string, () => string][] = [
    ['faqs', 'its question', () => `where[question][equals]=${mark('faq-unpublished-edit')}`],
    ['faqs', 'a like on its question', () => 'where[question][like]=unpublished-edit'],
    ['articles', 'its title', () => `where[title][equals]=${mark('article-unpublished-edit')}`],
    ['articles', 'its hero image', () => `where[heroImage][equals]=${idOf('hero-of-newer-draft')}`],
    ['faqs', 'its draft status', () => 'where[_status][equals]=draft'],
    ['practitioners', 'its draft status', () => 'where[_status][equals]=draft'],
  ]
  test.each(
    rows.flatMap(([collection, name, where]) =>
      ['', '/count'].map((endpoint) => ({ collection, endpoint, name, where })),
    ),
  )(
    '$collection$endpoint with draft=true finds nothing by $name',
    matrixCase(async ({ collection, endpoint, where }) => {
      const query = `${where()}&draft=true&depth=0`
      // The editor, who may read drafts, does find the document by its draft value (in a list:
      // Payload's count reads published documents only, for everyone).
      expect(
        (await server.admin.get(`/api/${collection}?${query}`)).body.totalDocs,
      ).toBeGreaterThan(0)
      const { body, status } = await anonymous(`/api/${collection}${endpoint}?${query}`)
      expect(status).toBe(200)
      expect(body.totalDocs).toBe(0)
      expectClean(body, true, collection)
    }),
  )

  test.each([
    { many: 'Faqs', where: () => `question: { equals: "${mark('faq-unpublished-edit')}" }` },
    { many: 'Articles', where: () => 'title: { like: "unpublished-edit" }' },
    {
      many: 'Articles',
      where: () => `heroImage: { equals: ${gqlId(idOf('hero-of-newer-draft'))} }`,
    },
  ])(
    'GraphQL $many(draft: true) finds nothing by a draft value',
    matrixCase(async ({ many, where }) => {
      const query = `{ list: ${many}(draft: true, where: { ${where()} }) { totalDocs docs { id } } }`
      expect((await server.admin.graphql(query)).body.data.list.totalDocs).toBeGreaterThan(0)
      const { body } = await anonymousGraphQL(query)
      expect(body.errors).toBeUndefined()
      expect(body.data.list.totalDocs).toBe(0)
    }),
  )
})

describe('GraphQL join arguments reveal nothing extra', () => {
  const joinQuery = (join: string) => () =>
    `{ doc: Practitioner(id: ${gqlId(idOf('prac-pub'))}, draft: true) { ${join} } }`
  test.each([
    {
      check: (doc: Doc) => expect(doc.galleries.totalDocs).toBe(0),
      name: 'a where on draft status',
      query: joinQuery(
        'galleries(where: { _status: { equals: draft } }, count: true) { totalDocs docs { id } }',
      ),
    },
    {
      check: (doc: Doc) => expect(doc.galleries.totalDocs).toBe(0),
      name: "a where on a draft gallery's title",
      query: () =>
        joinQuery(
          `galleries(where: { title: { equals: "${mark('gallery-draft')}" } }, count: true) { totalDocs docs { id } }`,
        )(),
    },
    {
      check: (doc: Doc) => {
        expect(doc.testimonials.totalDocs).toBe(readableIn('testimonials').length)
        expect(refIds(doc.testimonials).sort()).toEqual(readableIn('testimonials'))
      },
      name: 'a like on the marker with a count',
      query: joinQuery(
        'testimonials(where: { clientName: { like: "MK" } }, limit: 100, count: true) { totalDocs docs { id clientName } }',
      ),
    },
    {
      check: (doc: Doc) => {
        expect(doc.galleries.docs).toHaveLength(1)
        expect(doc.galleries.hasNextPage).toBe(readableIn('galleries').length > 1)
      },
      name: 'a limit of 1',
      query: joinQuery('galleries(limit: 1) { hasNextPage docs { id } }'),
    },
  ])(
    "the published practitioner's joins with $name",
    matrixCase(async ({ check, query }) => {
      const { body } = await anonymousGraphQL(query())
      expect(body.errors).toBeUndefined()
      check(body.data.doc)
      expectClean(body.data.doc, false, 'practitioners', false)
    }),
  )

  test.each([
    { join: 'galleries', sort: 'practitioner.name' },
    { join: 'testimonials', sort: 'gallery' },
  ])(
    'a $join join sorted by $sort is refused',
    matrixCase(async ({ join, sort }) => {
      const { body } = await anonymousGraphQL(
        joinQuery(`${join}(sort: "${sort}") { docs { id } }`)(),
      )
      expect(body.errors?.[0]?.message).toMatch(/cannot be queried/)
      expectClean(body, false)
    }),
  )
})

describe('queries sent as a POST body (method override) are guarded the same way', () => {
  const post = (path: string, query: string) => send(server.url, path, { query })
  test.each(
    (['articles', 'practitioners', 'testimonials', 'media'] as const).map((collection) => ({
      collection,
    })),
  )(
    'POST /api/$collection with depth=2&draft=true',
    matrixCase(async ({ collection }) => {
      const { body, status } = await post(`/api/${collection}`, 'depth=2&draft=true&limit=100')
      expect(status).toBe(200)
      expectExactList(body, collection)
      expectClean(body, true, collection)
    }),
  )

  test(
    'POST /api/articles with sort=author.name answers 400',
    matrixTest(async () => {
      const { body, status } = await post('/api/articles', 'sort=author.name')
      expect(status).toBe(400)
      // The server refuses a join sorted by anything but its own fields before Payload runs,
      // with the same words whether the path exists or not.
      expect(body.errors[0].message).toMatch(
        /cannot be queried|Sort a join by a field of its own collection/,
      )
    }),
  )

  test(
    'POST /api/articles with a hidden author id finds nothing',
    matrixTest(async () => {
      const { body, status } = await post(
        '/api/articles',
        `where[author][equals]=${idOf('prac-draft')}`,
      )
      expect(status).toBe(200)
      expect(body.totalDocs).toBe(0)
    }),
  )

  test(
    'POST /api/consents answers 403',
    matrixTest(async () => {
      const { body, status } = await post('/api/consents', 'depth=1')
      expect(status).toBe(403)
      expectClean(body, true)
    }),
  )
})

describe('where and sort cannot reach through relationships or internal fields', () => {
  const through: [Content, string][] = [
    ['articles', 'sort=author.name'],
    ['articles', 'sort=-author.name'],
    ['articles', 'sort=author'],
    ['articles', 'sort=title,author.name'],
    ['articles', 'sort=title,%20author.name'],
    ['articles', 'sort[0]=title&sort[1]=-author.name'],
    ['articles', 'where[author__name][equals]=x'],
    ['articles', 'where[author.name][equals]=x'],
    ['articles', 'where[author.isSample][equals]=true'],
    ['articles', 'sort=relatedFaqs.question'],
    ['articles', 'sort=relatedFaqs'],
    ['articles', `where[relatedFaqs.question][equals]=${mark('faq-draft')}`],
    ['articles', 'where[relatedFaqs._status][equals]=draft'],
    ['articles', 'sort=heroImage.filename'],
    ['articles', 'sort=heroImage'],
    ['articles', 'where[heroImage.filename][like]=mk'],
    ['articles', 'where[heroImage.alt][like]=MK'],
    ['articles', 'sort=topics.name'],
    ['articles', 'where[topics.name][exists]=true'],
    ['articles', 'where[or][0][author.name][equals]=x&where[or][1][title][exists]=true'],
    ['articles', 'where[and][0][or][0][relatedFaqs.question][like]=MK'],
    // Payload reads `and`/`or` in any case (and GraphQL's input names them AND/OR).
    ['articles', `where[OR][0][author.name][equals]=${mark('prac-draft')}`],
    ['articles', 'where[AND][0][relatedFaqs.question][like]=MK'],
    ['faqs', 'sort=relatedArticles.title'],
    ['faqs', 'sort=relatedArticles'],
    ['faqs', `where[relatedArticles.title][equals]=${mark('article-draft')}`],
    ['practitioners', `where[galleries.title][equals]=${mark('gallery-draft')}`],
    ['practitioners', 'sort=galleries.title'],
    ['practitioners', 'where[testimonials.clientName][like]=MK'],
    ['practitioners', 'where[articles.title][like]=MK'],
    ['practitioners', 'where[galleries][exists]=true'],
    ['practitioners', 'sort=photo.filename'],
    ['practitioners', 'where[photo.alt][like]=MK'],
    ['practitioners', 'sort=photo'],
    ['practitioners', `joins[galleries][where][practitioner.name][equals]=${mark('prac-draft')}`],
    ['practitioners', 'joins[galleries][sort]=practitioner.name'],
    ['practitioners', 'joins[testimonials][sort]=gallery.title'],
    ['testimonials', 'sort=practitioner.name'],
    ['testimonials', 'sort=practitioner'],
    ['testimonials', `where[practitioner.name][equals]=${mark('prac-pub')}`],
    ['testimonials', 'sort=gallery.title'],
    ['testimonials', 'sort=gallery'],
    ['testimonials', 'sort=-gallery__title'],
    ['testimonials', `where[gallery.title][equals]=${mark('gallery-draft')}`],
    ['testimonials', 'where[consent.subject][like]=MK'],
    ['testimonials', 'sort=consent.expiresAt'],
    ['testimonials', `where[Or][0][practitioner.name][equals]=${mark('prac-pub')}`],
    ['before-after-galleries', 'sort=practitioner.name'],
    ['before-after-galleries', 'sort=practitioner'],
    ['before-after-galleries', `where[practitioner.name][equals]=${mark('prac-draft')}`],
    [
      'before-after-galleries',
      `where[practitioner.galleries.title][equals]=${mark('gallery-draft')}`,
    ],
    ['before-after-galleries', 'where[pairs.before.filename][like]=mk'],
    ['before-after-galleries', 'sort=pairs.after.filename'],
    ['before-after-galleries', 'where[topic.name][exists]=true'],
    ['before-after-galleries', 'where[consent.revokedAt][exists]=true'],
    [
      'before-after-galleries',
      `where[AND][0][OR][0][practitioner.galleries.title][equals]=${mark('gallery-draft')}`,
    ],
  ]
  test.each(through.map(([collection, query]) => ({ collection, query })))(
    '$collection?$query answers 400',
    matrixCase(async ({ collection, query }) => {
      const { body, status } = await anonymous(`/api/${collection}?${query}`)
      expect(status).toBe(400)
      // The server refuses a join sorted by anything but its own fields before Payload runs,
      // with the same words whether the path exists or not.
      expect(body.errors[0].message).toMatch(
        /cannot be queried|Sort a join by a field of its own collection/,
      )
      expectClean(body, true)
    }),
  )

  test.each(
    through
      .filter(([collection, query]) => query.startsWith('where') && collection !== 'practitioners')
      .map(([collection, query]) => ({ collection, query })),
  )(
    '$collection/count?$query answers 400',
    matrixCase(async ({ collection, query }) => {
      const { body, status } = await anonymous(`/api/${collection}/count?${query}`)
      expect(status).toBe(400)
      // The server refuses a join sorted by anything but its own fields before Payload runs,
      // with the same words whether the path exists or not.
      expect(body.errors[0].message).toMatch(
        /cannot be queried|Sort a join by a field of its own collection/,
      )
    }),
  )

  test.each(
    contentSlugs.flatMap((collection) =>
      internalFieldsOf[collection].flatMap((field) =>
        [`where[${field}][exists]=true`, `sort=-${field}`].map((query) => ({ collection, query })),
      ),
    ),
  )(
    'internal field: $collection?$query answers 400',
    matrixCase(async ({ collection, query }) => {
      const { body, status } = await anonymous(`/api/${collection}?${query}`)
      expect(status).toBe(400)
      // The server refuses a join sorted by anything but its own fields before Payload runs,
      // with the same words whether the path exists or not.
      expect(body.errors[0].message).toMatch(
        /cannot be queried|Sort a join by a field of its own collection/,
      )
    }),
  )

  test.each(
    [
      ['Articles', 'author.name'],
      ['Articles', '-relatedFaqs.question'],
      ['Testimonials', 'gallery'],
      ['BeforeAfterGalleries', 'practitioner.name'],
    ].map(([many = '', sort = '']) => ({ many, sort })),
  )(
    'GraphQL $many(sort: "$sort") is refused',
    matrixCase(async ({ many, sort }) => {
      const { body } = await anonymousGraphQL(
        `{ ${many}(sort: "${sort}") { totalDocs docs { id } } }`,
      )
      expect(body.errors?.[0]?.message).toMatch(/cannot be queried/)
      expect(body.data?.[many] ?? null).toBeNull()
    }),
  )

  test.each(
    [
      ['Articles', 'seedKey: { exists: true }'],
      ['Practitioners', 'isSample: { equals: true }'],
      ['Testimonials', 'consentState: { exists: true }'],
      ['BeforeAfterGalleries', 'consent: { exists: true }'],
      ['AllMedia', 'publicUntil: { exists: true }'],
      ['AllMedia', 'alwaysPublic: { equals: false }'],
    ].map(([many = '', where = '']) => ({ many, where })),
  )(
    'internal field: GraphQL $many(where: { $where }) is refused',
    matrixCase(async ({ many, where }) => {
      const { body } = await anonymousGraphQL(
        `{ ${many}(where: { ${where} }) { totalDocs docs { id } } }`,
      )
      expect(body.errors?.[0]?.message).toMatch(/cannot be queried/)
      expect(body.data?.[many] ?? null).toBeNull()
    }),
  )
})

describe('filtering by the id of a hidden document behaves as if it did not exist', () => {
  /**
   * `{key}` stands for a fixture's id. The control replaces every unreadable one with an id no
   * document has: the two answers must be the same.
   */
  const resolve = (template: string, hide: boolean, format: (id: Id) => string = String) =>
    template.replace(/\{([a-z0-9-]+)\}/g, (_match, key: string) => {
      const { collection, id } = ref(key)
      return format(hide && !oracle.visible(collection, id) ? nonexistentId() : id)
    })
  const rows: [Content, string, boolean][] = [
    ['articles', 'where[author][equals]={prac-draft}', true],
    ['articles', 'where[author][not_equals]={prac-draft}', false],
    ['articles', 'where[author][in]={prac-draft},{prac-pub}', true],
    ['articles', 'where[author][not_in]={prac-draft}', false],
    ['articles', 'where[relatedFaqs][equals]={faq-draft}', true],
    ['articles', 'where[relatedFaqs][in]={faq-draft},{faq-pub}', true],
    ['articles', 'where[relatedFaqs][contains]={faq-draft}', true],
    ['articles', 'where[heroImage][equals]={hero-of-draft}', true],
    [
      'articles',
      'where[or][0][author][equals]={prac-draft}&where[or][1][title][equals]=none',
      true,
    ],
    ['articles', 'where[OR][0][author][equals]={prac-draft}', true],
    ['articles', 'where[AND][0][relatedFaqs][equals]={faq-draft}', true],
    ['testimonials', 'where[Or][0][gallery][equals]={gallery-draft}', true],
    ['before-after-galleries', 'where[AND][0][practitioner][in]={prac-draft}', true],
    ['faqs', 'where[relatedArticles][equals]={article-draft}', true],
    ['faqs', 'where[relatedArticles][in]={article-draft},{article-pub}', true],
    ['testimonials', 'where[practitioner][equals]={sample-practitioner}', true],
    ['testimonials', 'where[practitioner][not_equals]={sample-practitioner}', false],
    ['testimonials', 'where[gallery][equals]={gallery-draft}', true],
    ['testimonials', 'where[gallery][in]={gallery-draft},{gallery-pub}', true],
    ['before-after-galleries', 'where[practitioner][equals]={prac-draft}', true],
    ['before-after-galleries', 'where[pairs.before][equals]={draft-before}', true],
    ['practitioners', 'where[photo][equals]={photo-of-sample}', true],
    ['practitioners', 'where[id][in]={prac-draft},{prac-pub}', true],
    ['media', 'where[id][equals]={fresh}', true],
  ]
  test.each(
    rows.flatMap(([collection, where, matches]) =>
      ['', '/count'].map((endpoint) => ({ collection, endpoint, matches, where })),
    ),
  )(
    '$collection$endpoint?$where',
    matrixCase(async ({ collection, endpoint, matches, where }) => {
      const path = (hide: boolean) =>
        `/api/${collection}${endpoint}?${resolve(where, hide)}&limit=100&depth=0`
      if (matches) {
        // The probe is meaningful: with the real id, the editor does find documents.
        expect((await server.admin.get(path(false))).body.totalDocs).toBeGreaterThan(0)
      }
      const actual = await anonymous(path(false))
      const control = await anonymous(path(true))
      expect(actual.status).toBe(control.status)
      expect(sortedIds(actual.body?.docs)).toEqual(sortedIds(control.body?.docs))
      expect(actual.body?.totalDocs).toBe(control.body?.totalDocs)
      expectClean(actual.body, true, collection)
    }),
  )

  test.each(
    [
      ['Articles', 'author: { equals: {prac-draft} }'],
      ['Articles', 'relatedFaqs: { in: [{faq-draft}, {faq-pub}] }'],
      ['Faqs', 'relatedArticles: { equals: {article-draft} }'],
      ['Testimonials', 'gallery: { equals: {gallery-draft} }'],
      ['BeforeAfterGalleries', 'practitioner: { equals: {prac-draft} }'],
      ['Articles', 'OR: [{ author: { equals: {prac-draft} } }]'],
      ['Faqs', 'AND: [{ relatedArticles: { equals: {article-draft} } }]'],
      ['Testimonials', 'AND: [{ practitioner: { equals: {sample-practitioner} } }]'],
      [
        'BeforeAfterGalleries',
        'OR: [{ practitioner: { equals: {prac-draft} } }, { title: { equals: "none" } }]',
      ],
    ].map(([many, where]) => ({ many, where })),
  )(
    'GraphQL $many(where: { $where })',
    matrixCase(async ({ many, where }) => {
      const query = (hide: boolean) =>
        `{ list: ${many}(where: { ${resolve(where!, hide, gqlId)} }) { totalDocs docs { id } } }`
      const actual = await anonymousGraphQL(query(false))
      const control = await anonymousGraphQL(query(true))
      expect(actual.body).toEqual(control.body)
      expectClean(actual.body, false)
    }),
  )

  // A filter on whether a relationship is set agrees with what the reader sees of it, or is refused.
  test.each(
    (
      [
        ['articles', 'author'],
        ['testimonials', 'gallery'],
        ['testimonials', 'practitioner'],
        ['before-after-galleries', 'practitioner'],
      ] as const
    ).flatMap(([collection, field]) =>
      [true, false].map((exists) => ({ collection, exists, field })),
    ),
  )(
    '$collection?where[$field][exists]=$exists',
    matrixCase(async ({ collection, exists, field }) => {
      const { body, status } = await anonymous(
        `/api/${collection}?where[${field}][exists]=${exists}&limit=100&depth=0`,
      )
      if (status === 400) {
        expect(body.errors[0].message).toMatch(/cannot be queried/)
        return
      }
      expect(status).toBe(200)
      const target = relationFields[collection][field]!
      const expected = oracle
        .visibleDocs(collection)
        .filter((doc) => refIds(doc[field]).some((id) => oracle.visible(target, id)) === exists)
        .map((doc) => String(doc.id))
        .sort()
      expect(sortedIds(body.docs)).toEqual(expected)
    }),
  )
})

describe('consents, versions and Payload’s own collections are never read anonymously', () => {
  test.each(
    [
      { name: 'the list', path: () => '/api/consents' },
      { name: 'the list with draft=true', path: () => '/api/consents?draft=true&depth=1' },
      { name: 'a filtered list', path: () => '/api/consents?where[subject][like]=MK' },
      { name: 'the count', path: () => '/api/consents/count' },
      { name: 'the versions', path: () => '/api/consents/versions' },
      ...consentKeys.map((key) => ({ name: key, path: () => `/api/consents/${idOf(key)}` })),
    ].map((row) => ({ ...row, label: row.name })),
  )(
    'consents: $label answers 403',
    matrixCase(async ({ path }) => {
      const { body, status } = await anonymous(path())
      expect(status).toBe(403)
      expectClean(body, true)
    }),
  )

  test.each([
    '/api/smp-submissions',
    '/api/smp-submissions?draft=true&depth=1',
    '/api/smp-submissions?where[email][like]=example',
    '/api/smp-submissions/count',
    '/api/smp-submissions/versions',
    '/api/smp-submissions/{id}',
  ])(
    'submissions: %s answers 403',
    matrixCase(async (path) => {
      // An id of the database's own form: the refusal must come before any lookup.
      const { body, status } = await anonymous(path.replace('{id}', String(server.nonexistentId)))
      expect(status).toBe(403)
      expectClean(body, true)
    }),
  )

  test.each([
    { name: 'list', query: () => '{ Consents { totalDocs docs { id subject } } }' },
    { name: 'count', query: () => '{ countConsents { totalDocs } }' },
    { name: 'versions', query: () => '{ versionsConsents { docs { id } } }' },
    {
      name: 'lookup',
      query: () => `{ Consent(id: ${gqlId(idOf('consent-long'))}) { id subject } }`,
    },
  ])(
    'consents: GraphQL $name is refused',
    matrixCase(async ({ query }) => {
      const { body } = await anonymousGraphQL(query())
      expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
      expect(Object.values(body.data ?? {}).filter(Boolean)).toEqual([])
      expectClean(body, false)
    }),
  )

  const versioned: [Content, string, string][] = [
    ['articles', 'Articles', 'Article'],
    ['faqs', 'Faqs', 'Faq'],
    ['practitioners', 'Practitioners', 'Practitioner'],
    ['testimonials', 'Testimonials', 'Testimonial'],
    ['before-after-galleries', 'BeforeAfterGalleries', 'BeforeAfterGallery'],
  ]
  const versionOf = async (collection: string) =>
    (await server.admin.get(`/api/${collection}/versions?limit=1&depth=0&sort=-updatedAt`)).body
      .docs[0].id as Id
  test.each(
    versioned.flatMap(([collection, many, one]) => [
      {
        collection,
        name: 'REST list',
        request: async () => anonymous(`/api/${collection}/versions?depth=1`),
      },
      {
        collection,
        name: 'REST list with draft=true',
        request: async () => anonymous(`/api/${collection}/versions?draft=true&limit=100`),
      },
      {
        collection,
        name: 'REST lookup',
        request: async () =>
          anonymous(`/api/${collection}/versions/${await versionOf(collection)}`),
      },
      {
        collection,
        name: 'GraphQL list',
        request: async () => anonymousGraphQL(`{ versions${many} { totalDocs docs { id } } }`),
      },
      {
        collection,
        name: 'GraphQL lookup',
        request: async () =>
          anonymousGraphQL(`{ version${one}(id: ${gqlId(await versionOf(collection))}) { id } }`),
      },
    ]),
  )(
    'versions of $collection: $name is refused',
    matrixCase(async ({ name, request }) => {
      const { body, status } = await request()
      if (name.startsWith('REST')) {
        expect(status).toBe(403)
      } else {
        expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
        expect(Object.values(body.data ?? {}).filter(Boolean)).toEqual([])
      }
      expectClean(body, name.startsWith('REST'))
    }),
  )

  const own = [
    { key: 'admin-user', many: 'Users', one: 'User', slug: 'users' },
    {
      key: 'preference',
      many: 'PayloadPreferences',
      one: 'PayloadPreference',
      slug: 'payload-preferences',
    },
    { key: 'job', many: 'PayloadJobs', one: 'PayloadJob', slug: 'payload-jobs' },
    {
      key: 'locked-document',
      many: 'PayloadLockedDocuments',
      one: 'PayloadLockedDocument',
      slug: 'payload-locked-documents',
    },
    { key: 'kv', many: 'PayloadKvs', one: 'PayloadKv', slug: 'payload-kv' },
  ]
  /** 403, or an answer with no document in it. */
  const expectNoDocument = (body: Doc | undefined) => {
    expect(body?.docs ?? []).toEqual([])
    expect(body?.id).toBeUndefined()
    expect(body?.totalDocs ?? 0).toBe(0)
    expect(body?.value ?? null).toBeNull()
    expectClean(body, true)
  }
  test.each(
    own.flatMap(
      ({
        key,
        many,
        one,
        slug,
      }): { graphql?: () => string; name: string; rest?: () => string }[] => [
        { name: `${slug}: list`, rest: () => `/api/${slug}?depth=2` },
        { name: `${slug}: list with draft=true`, rest: () => `/api/${slug}?draft=true&limit=100` },
        { name: `${slug}: lookup`, rest: () => `/api/${slug}/${idOf(key)}?depth=1` },
        { name: `${slug}: count`, rest: () => `/api/${slug}/count` },
        {
          graphql: () => `{ list: ${many} { totalDocs docs { id } } }`,
          name: `${slug}: GraphQL list`,
        },
        {
          graphql: () => `{ doc: ${one}(id: ${gqlId(idOf(key))}) { id } }`,
          name: `${slug}: GraphQL lookup`,
        },
      ],
    ),
  )(
    '$name shows no document',
    matrixCase(async ({ graphql, rest }) => {
      if (rest) {
        const { body, status } = await anonymous(rest())
        expect([200, 403, 404]).toContain(status)
        expectNoDocument(body)
        return
      }
      const { body } = await anonymousGraphQL(graphql!())
      expect(body.data?.list?.docs ?? []).toEqual([])
      expect(body.data?.doc ?? null).toBeNull()
      expectClean(body, false)
    }),
  )

  test.each([
    { name: 'GET /api/users/me', path: () => '/api/users/me' },
    {
      name: 'GET /api/payload-preferences/<key>',
      path: () => `/api/payload-preferences/mk-${run}-preference`,
    },
  ])(
    '$name shows no user data',
    matrixCase(async ({ path }) => {
      const { body } = await anonymous(path())
      expect(body?.user ?? null).toBeNull()
      expect(body?.value ?? null).toBeNull()
      expectClean(body, true)
    }),
  )
})

describe('image files answer 403 while the image is private', () => {
  const variants = (key: string) =>
    seededImageKeys.includes(key)
      ? ['original', 'card480', 'square960', 'full960Webp']
      : ['original', 'card480', 'square480Webp', 'full480']
  const urlOf = (key: string, variant: string) => {
    const doc = oracle.doc('media', idOf(key))!
    const url: unknown = variant === 'original' ? doc.url : doc.sizes?.[variant]?.url
    // Absolute, on the server's own URL (`serverURL`).
    expect(String(url).startsWith(`${server.url}/api/media/file/`)).toBe(true)
    return url as string
  }
  test.each(
    [...imageKeys, ...seededImageKeys].flatMap((key) =>
      variants(key).map((variant) => ({ key, variant })),
    ),
  )(
    '$key ($variant)',
    matrixCase(async ({ key, variant }) => {
      const { status } = await anonymous(urlOf(key, variant))
      expect(status).toBe(oracle.visible('media', idOf(key)) ? 200 : 403)
    }),
  )

  test.each([...imageKeys, ...seededImageKeys].map((key) => ({ key })))(
    'the editor opens $key',
    matrixCase(async ({ key }) => {
      const { status } = await send(server.url, urlOf(key, 'original'), {
        headers: transports.jwt(realToken),
      })
      expect(status).toBe(200)
    }),
  )
})

describe('editors see everything, drafts included', () => {
  const hidden: [string, () => string][] = [
    ['prac-draft', () => mark('prac-draft')],
    ['sample-practitioner', () => samplePractitioner.name],
    ['faq-draft', () => mark('faq-draft')],
    ['faq-newer-draft', () => mark('faq-unpublished-edit')],
    ['article-draft', () => mark('article-draft')],
    ['article-newer-draft', () => mark('article-unpublished-edit')],
    ['gallery-draft', () => mark('gallery-draft')],
    ['t-draft', () => mark('t-draft')],
    ['fresh', () => mark('fresh')],
    ['hero-of-draft', () => mark('hero-of-draft')],
    ['hero-of-newer-draft', () => mark('hero-of-newer-draft')],
    ['photo-of-sample', () => mark('photo-of-sample')],
    ['consent-long', () => mark('consent-long')],
    ['consent-exp', () => mark('consent-exp')],
    ['consent-rev', () => mark('consent-rev')],
  ]
  test.each(hidden.map(([key, text]) => ({ key, text })))(
    'the editor reads $key, with its latest draft',
    matrixCase(async ({ key, text }) => {
      const { collection, id } = ref(key)
      const { body, status } = await server.admin.get(`/api/${collection}/${id}?draft=true&depth=1`)
      expect(status).toBe(200)
      expect(JSON.stringify(body)).toContain(text())
    }),
  )

  test.each(contentSlugs.map((collection) => ({ collection })))(
    'the editor lists every $collection fixture with draft=true',
    matrixCase(async ({ collection }) => {
      const { body } = await server.admin.get(`/api/${collection}?draft=true&limit=1000&depth=0`)
      const mine = [...fixtures.values()]
        .filter((fixture) => fixture.collection === collection)
        .map(({ id }) => String(id))
      expect(sortedIds(body.docs)).toEqual(expect.arrayContaining(mine))
    }),
  )

  test.each(
    [
      [
        'before-after-galleries',
        `where[practitioner.name][equals]=${mark('prac-draft')}`,
        'gallery-hidden-prac',
      ],
      ['articles', `where[relatedFaqs.question][equals]=${mark('faq-draft')}`, 'article-by-hidden'],
      ['articles', 'sort=author.name&draft=true', 'article-draft'],
      ['testimonials', 'sort=practitioner.name', 't-hidden-refs'],
      ['testimonials', `where[gallery][equals]={gallery-draft}`, 't-hidden-refs'],
      ['practitioners', 'where[isSample][equals]=true', 'sample-practitioner'],
      ['media', 'where[publicUntil][exists]=false', 'fresh'],
    ].map(([collection, query, key]) => ({ collection, key, query })),
  )(
    'the editor queries $collection?$query',
    matrixCase(async ({ collection, key, query }) => {
      const resolved = query!.replace(/\{([a-z0-9-]+)\}/g, (_match, name: string) =>
        String(idOf(name)),
      )
      const { body, status } = await server.admin.get(
        `/api/${collection}?${resolved}&limit=1000&depth=0`,
      )
      expect(status).toBe(200)
      expect(sortedIds(body.docs)).toContain(String(idOf(key!)))
    }),
  )

  test(
    'the editor sees references to hidden documents',
    matrixTest(async () => {
      const { body } = await server.admin.get(`/api/articles/${idOf('article-pub')}?depth=0`)
      expect(body.relatedFaqs).toEqual([
        idOf('faq-pub'),
        idOf('faq-draft'),
        idOf('faq-newer-draft'),
      ])
    }),
  )
})

describe('an editor who does not manage consents', () => {
  test.each([
    { name: 'the consents list', path: () => '/api/consents' },
    { name: 'a consent', path: () => `/api/consents/${idOf('consent-long')}` },
    { name: 'the consent count', path: () => '/api/consents/count' },
    { name: 'consent versions', path: () => '/api/consents/versions' },
  ])(
    'gets 403 on $name',
    matrixCase(async ({ path }) => {
      const { body, status } = await editor.get(path())
      expect(status).toBe(403)
      expect(JSON.stringify(body)).not.toContain(mark('consent-long'))
    }),
  )

  test(
    'gets a GraphQL error on consents',
    matrixTest(async () => {
      const { body } = await editor.graphql('{ Consents { docs { id subject } } }')
      expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
      expect(JSON.stringify(body)).not.toContain(mark('consent'))
    }),
  )

  test(
    'cannot create a consent',
    matrixTest(async () => {
      const { status } = await editor.rest('POST', '/api/consents', { subject: 'x' })
      expect(status).toBe(403)
    }),
  )

  test(
    'never sees a consent record populated inside content',
    matrixTest(async () => {
      const rest = await editor.get(`/api/testimonials/${idOf('t-pub')}?depth=2`)
      expect(rest.status).toBe(200)
      const gql = await editor.graphql(
        `{ Testimonial(id: ${gqlId(idOf('t-pub'))}) { consent { subject signer { name } } } }`,
      )
      for (const body of [rest.body, gql.body]) {
        expect(JSON.stringify(body)).not.toContain(mark('consent-long'))
      }
    }),
  )

  test(
    'reads drafts',
    matrixTest(async () => {
      const { body, status } = await editor.get(`/api/testimonials/${idOf('t-draft')}?draft=true`)
      expect(status).toBe(200)
      expect(body.clientName).toBe(mark('t-draft'))
    }),
  )

  test(
    'edits content',
    matrixTest(async () => {
      const created = await editor.rest('POST', '/api/faqs?draft=true', {
        _status: 'draft',
        answer: richText('Drafted by the second editor.'),
        question: mark('editor-draft'),
      })
      expect(created.status).toBe(201)
      const edited = await editor.rest('PATCH', `/api/faqs/${created.body.doc.id}?draft=true`, {
        _status: 'draft',
        question: mark('editor-draft-edited'),
      })
      expect(edited.status).toBe(200)
      extraHidden.push(mark('editor-draft'), mark('editor-draft-edited'))
    }),
  )
})

// Reads as consents end -----------------------------------------------------------------------------

type End = 'expiry' | 'revocation'
const phases: { at: () => number; name: string; passed: End[] }[] = [
  { at: () => expiry - 10_000, name: 'ten seconds before the expiry', passed: [] },
  { at: () => expiry + 1_000, name: 'a second after the expiry', passed: ['expiry'] },
  { at: () => revocation - 10_000, name: 'ten seconds before the revocation', passed: ['expiry'] },
  {
    at: () => revocation + 1_000,
    name: 'a second after the revocation',
    passed: ['expiry', 'revocation'],
  },
]
const timedDocs: [string, End][] = [
  ['t-exp', 'expiry'],
  ['gallery-exp', 'expiry'],
  ['t-rev', 'revocation'],
  ['gallery-rev', 'revocation'],
]
const timedImages: [string, End][] = [
  ['exp-before', 'expiry'],
  ['exp-after', 'expiry'],
  ['rev-before', 'revocation'],
  ['rev-after', 'revocation'],
]

describe.each(phases)('$name', ({ at, passed }) => {
  const lasts = (end: End) => !passed.includes(end)

  beforeAll(async () => {
    clock.set(new Date(at()))
    oracle = await snapshot()
  })
  // The test clock follows real time from where it is set: setting it before each case keeps
  // "ten seconds before" true however long the phase takes.
  beforeEach(() => clock.set(new Date(at())))

  test.each(timedDocs.map(([key, end]) => ({ end, key, shown: lasts(end) })))(
    '$key by id (shown: $shown)',
    matrixCase(async ({ key, shown }) => {
      const { collection, id } = ref(key)
      const { body, status } = await anonymous(`/api/${collection}/${id}?depth=1&draft=true`)
      expect(status).toBe(shown ? 200 : 404)
      expectClean(body, true, shown ? collection : undefined)
    }),
  )

  test.each(timedDocs.map(([key, end]) => ({ end, key, shown: lasts(end) })))(
    '$key by id over GraphQL (shown: $shown)',
    matrixCase(async ({ key, shown }) => {
      const { collection, id } = ref(key)
      const { fields, one } = graphQL[collection as Content]
      const { body } = await anonymousGraphQL(
        `{ doc: ${one}(id: ${gqlId(id)}, draft: true) { ${fields} } }`,
      )
      expect(body.data?.doc?.id ?? null).toBe(shown ? id : null)
      expectClean(body.data?.doc ?? null, false, shown ? collection : undefined)
    }),
  )

  test.each(timedImages.map(([key, end]) => ({ key, shown: lasts(end) })))(
    'photo $key by id (shown: $shown)',
    matrixCase(async ({ key, shown }) => {
      const { body, status } = await anonymous(`/api/media/${idOf(key)}?depth=0`)
      expect(status).toBe(shown ? 200 : 404)
      expectClean(body, true, shown ? 'media' : undefined)
    }),
  )

  test.each(
    timedImages.flatMap(([key, end]) =>
      ['original', 'card480', 'square480Webp', 'full480'].map((variant) => ({
        key,
        shown: lasts(end),
        variant,
      })),
    ),
  )(
    'photo file $key ($variant, shown: $shown)',
    matrixCase(async ({ key, shown, variant }) => {
      const doc = oracle.doc('media', idOf(key))!
      const url: string = variant === 'original' ? doc.url : doc.sizes[variant].url
      expect((await anonymous(url)).status).toBe(shown ? 200 : 403)
    }),
  )

  test.each([{ depth: 0 }, { depth: 2 }])(
    "the published practitioner's joins at depth $depth",
    matrixCase(async ({ depth }) => {
      const { body, status } = await anonymous(
        `/api/practitioners/${idOf('prac-pub')}?depth=${depth}&draft=true`,
      )
      expect(status).toBe(200)
      expect(refIds(body.galleries).includes(String(idOf('gallery-exp')))).toBe(lasts('expiry'))
      expect(refIds(body.testimonials).includes(String(idOf('t-rev')))).toBe(lasts('revocation'))
      expect(refIds(body.galleries).sort()).toEqual(readableIn('galleries'))
      expect(refIds(body.testimonials).sort()).toEqual(readableIn('testimonials'))
      expectClean(body, true, 'practitioners')
    }),
  )

  test(
    "the published practitioner's join counts, over REST and GraphQL",
    matrixTest(async () => {
      const joins = ['galleries', 'testimonials', 'articles'] as const
      const rest = await anonymous(
        `/api/practitioners/${idOf('prac-pub')}?${joins.map((join) => `joins[${join}][count]=true`).join('&')}`,
      )
      const gql = await anonymousGraphQL(
        `{ doc: Practitioner(id: ${gqlId(idOf('prac-pub'))}) { ${joins.map((join) => `${join}(count: true) { totalDocs docs { id } }`).join(' ')} } }`,
      )
      for (const join of joins) {
        expect(rest.body[join].totalDocs).toBe(readableIn(join).length)
        expect(gql.body.data.doc[join].totalDocs).toBe(readableIn(join).length)
        expect(refIds(gql.body.data.doc[join]).sort()).toEqual(readableIn(join))
      }
      expectClean(gql.body.data.doc, false, 'practitioners')
    }),
  )

  test.each(
    (['testimonials', 'before-after-galleries', 'media'] as const).map((collection) => ({
      collection,
    })),
  )(
    '$collection list, count and GraphQL totals agree',
    matrixCase(async ({ collection }) => {
      const expected = oracle.visibleIds(collection).length
      const list = await anonymous(`/api/${collection}?depth=1&limit=100&draft=true`)
      const count = await anonymous(`/api/${collection}/count?draft=true`)
      const { many } = graphQL[collection]
      const gql = await anonymousGraphQL(
        `{ list: ${many}(limit: 100, draft: true) { totalDocs docs { id } } count: count${many}(draft: true) { totalDocs } }`,
      )
      expectExactList(list.body, collection)
      expect(count.body.totalDocs).toBe(expected)
      expectExactList(gql.body.data.list, collection)
      expect(gql.body.data.count.totalDocs).toBe(expected)
      expectClean(list.body, true, collection)
    }),
  )

  test(
    "a testimonial's reference to a gallery goes when the gallery's consent does",
    matrixTest(async () => {
      const { body } = await anonymous(`/api/testimonials/${idOf('t-pub')}?depth=1`)
      expect(body.gallery?.id ?? null).toBe(lasts('expiry') ? idOf('gallery-exp') : null)
      const filtered = await anonymous(
        `/api/testimonials?where[gallery][equals]=${idOf('gallery-exp')}&depth=0`,
      )
      expect(sortedIds(filtered.body.docs)).toEqual(lasts('expiry') ? [String(idOf('t-pub'))] : [])
      expectClean(body, true, 'testimonials')
    }),
  )

  test(
    'a GraphQL filter on that gallery (written with OR) finds the testimonial only while it lasts',
    matrixTest(async () => {
      const { body } = await anonymousGraphQL(
        `{ list: Testimonials(where: { OR: [{ gallery: { equals: ${gqlId(idOf('gallery-exp'))} } }] }) { totalDocs docs { id } } }`,
      )
      expect(sortedIds(body.data.list.docs)).toEqual(lasts('expiry') ? [String(idOf('t-pub'))] : [])
    }),
  )
})
