import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A clinic that publishes in English and French, English being the fallback.
 */
let server: TestServer
let articleId: number | string
beforeAll(async () => {
  server = await startTestServer({
    localization: { defaultLocale: 'en', fallback: true, locales: ['en', 'fr'] },
  })
  const { body } = await server.admin.get(
    '/api/articles?where[slug][equals]=scalp-micropigmentation-a-solution-for-hair-loss',
  )
  articleId = body.docs[0].id
})
afterAll(async () => {
  await server?.close()
})

const title = async (locale: string) =>
  (await server.anonymous.get(`/api/articles/${articleId}?locale=${locale}`)).body.title

test('an untranslated document falls back to the default locale', async () => {
  expect(await title('fr')).toBe('Scalp Micropigmentation: A Solution for Hair Loss')
  const { body } = await server.anonymous.get('/api/faqs?locale=fr&sort=_order&limit=1')
  expect(body.docs[0].question).toBe('Is scalp micropigmentation painful?')
})

test('a published translation is served in its locale only', async () => {
  // Publishing a locale needs that locale's required text: the title and the body.
  const published = await server.admin.rest('PATCH', `/api/articles/${articleId}?locale=fr`, {
    _status: 'published',
    body: richText('La micropigmentation du cuir chevelu est une technique non chirurgicale.'),
    title: 'La micropigmentation du cuir chevelu',
  })
  expect(published.status).toBe(200)
  expect(await title('fr')).toBe('La micropigmentation du cuir chevelu')
  expect(await title('en')).toBe('Scalp Micropigmentation: A Solution for Hair Loss')
  const gql = await server.anonymous.graphql(
    `{ Article(id: ${JSON.stringify(articleId)}, locale: fr) { title slug } }`,
  )
  expect(gql.body.data.Article).toEqual({
    slug: 'scalp-micropigmentation-a-solution-for-hair-loss',
    title: 'La micropigmentation du cuir chevelu',
  })
})

test('a draft translation is never served, in its locale or through fallback', async () => {
  const draft = await server.admin.rest(
    'PATCH',
    `/api/articles/${articleId}?locale=fr&draft=true`,
    {
      _status: 'draft',
      title: 'Brouillon à ne pas publier',
    },
  )
  expect(draft.status).toBe(200)
  for (const locale of ['fr', 'en', 'all']) {
    const { body } = await server.anonymous.get(
      `/api/articles/${articleId}?locale=${locale}&draft=true`,
    )
    expect(JSON.stringify(body)).not.toContain('Brouillon')
  }
  const editorView = await server.admin.get(`/api/articles/${articleId}?locale=fr&draft=true`)
  expect(editorView.body.title).toBe('Brouillon à ne pas publier')
})

test('an article that exists only as a French draft is invisible in every locale', async () => {
  const created = await server.admin.rest('POST', '/api/articles?locale=fr&draft=true', {
    _status: 'draft',
    body: richText('Texte'),
    title: 'Soins après la séance',
  })
  expect(created.status).toBe(201)
  for (const locale of ['fr', 'en']) {
    const { status } = await server.anonymous.get(
      `/api/articles/${created.body.doc.id}?locale=${locale}`,
    )
    expect(status).toBe(404)
  }
  const { body } = await server.anonymous.graphql('{ Articles(locale: fr) { docs { title } } }')
  expect(JSON.stringify(body)).not.toContain('Soins après la séance')
})
