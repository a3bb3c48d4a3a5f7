import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A host's blocks defined once in the config and named by slug in its fields
 * (`blockReferences`) point at clinic content like any other field: visitors never receive the id
 * of a document they may not read through them.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    blocks: [
      {
        slug: 'articleTeaser',
        fields: [{ name: 'article', type: 'relationship', relationTo: 'articles' }],
      },
    ],
    collections: [
      {
        slug: 'pages',
        access: { read: () => true },
        fields: [
          { name: 'title', type: 'text' },
          { name: 'sections', type: 'blocks', blockReferences: ['articleTeaser'], blocks: [] },
        ],
      },
    ],
    plugin: { seed: false },
  })
})
afterAll(async () => {
  await server?.close()
})

test('a referenced block never carries the id of a draft article, at any depth', async () => {
  const article = async (status: 'draft' | 'published', title: string) =>
    (
      await server.admin.rest('POST', `/api/articles${status === 'draft' ? '?draft=true' : ''}`, {
        _status: status,
        body: richText(title),
        title,
      })
    ).body.doc
  const published = await article('published', 'Teased and published')
  const draft = await article('draft', 'Teased but draft')
  const page = await server.admin.rest('POST', '/api/pages', {
    sections: [
      { article: published.id, blockType: 'articleTeaser' },
      { article: draft.id, blockType: 'articleTeaser' },
    ],
    title: 'Home',
  })
  expect(page.status).toBe(201)

  for (const depth of [0, 1, 2]) {
    const { body } = await server.anonymous.get(`/api/pages/${page.body.doc.id}?depth=${depth}`)
    const teased = body.sections.map((section: { article: unknown }) =>
      section.article && typeof section.article === 'object'
        ? (section.article as { id: unknown }).id
        : section.article,
    )
    expect(teased).toEqual([published.id, null])
    expect(JSON.stringify(body)).not.toContain('Teased but draft')
  }
  const editor = await server.admin.get(`/api/pages/${page.body.doc.id}?depth=0`)
  expect(editor.body.sections.map((section: { article: unknown }) => section.article)).toEqual([
    published.id,
    draft.id,
  ])
})
