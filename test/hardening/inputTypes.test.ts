import { createConsent, createGallery } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Every write is untrusted: a value of the wrong type, text with NUL characters, a malformed or
 * absurdly deep Lexical body, or an order key Payload cannot order by is a 400 naming the field,
 * never a 500 and never a half-write.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false } })
})
afterAll(async () => {
  await server?.close()
})

const count = async (collection: string) =>
  (await server.admin.get(`/api/${collection}?limit=0&draft=true`)).body.totalDocs as number

const nested = (depth: number) => {
  let node: Record<string, unknown> = { text: 'deep', type: 'text', version: 1 }
  for (let level = 0; level < depth; level++) {
    node = { children: [node], type: 'paragraph', version: 1 }
  }
  return { root: { children: [node], type: 'root', version: 1 } }
}

const testimonial = { clientName: 'A. B.', quote: 'Natural.', rating: 5 }
const faq = { answer: richText('An answer'), question: 'A question?' }

test.each([
  ['testimonials', 'incentive', { ...testimonial, incentive: 5 }],
  ['testimonials', 'disclaimer', { ...testimonial, disclaimer: {} }],
  ['testimonials', 'quote', { ...testimonial, quote: 'a\u0000b' }],
  ['testimonials', 'clientName', { ...testimonial, clientName: '\u0000' }],
  ['testimonials', 'quote', { ...testimonial, quote: '   ' }],
  ['testimonials', 'featured', { ...testimonial, featured: 'yes' }],
  ['testimonials', 'experienceDate', { ...testimonial, experienceDate: 'last spring' }],
  ['faqs', 'answer', { ...faq, answer: { root: { children: 'text', type: 'root' } } }],
  ['faqs', 'answer', { ...faq, answer: 'plain text' }],
  ['faqs', 'answer', { ...faq, answer: nested(800) }],
  [
    'faqs',
    'answer',
    {
      ...faq,
      answer: {
        root: { children: [{ children: [], tag: 5, type: 'heading' }], type: 'root' },
      },
    },
  ],
  ['faqs', '_order', { ...faq, _order: '😀' }],
  ['faqs', 'question', { ...faq, question: ['a', 'b'] }],
  ['before-after-galleries', 'pairs', { pairs: 999999, title: 'G', treatmentType: 'hairline' }],
  ['before-after-galleries', 'pairs', { pairs: 1e308, title: 'G', treatmentType: 'hairline' }],
  ['before-after-galleries', 'pairs.0', { pairs: ['x'], title: 'G', treatmentType: 'hairline' }],
  ['practitioners', 'languages', { languages: [1, 2], name: 'N' }],
  ['practitioners', 'languages', { languages: 'English', name: 'N' }],
  ['practitioners', 'name', { name: '\u200b' }],
  ['faqs', 'answer', { ...faq, answer: richText('a\u0000b') }],
  [
    'faqs',
    'answer',
    { ...faq, answer: { root: { children: [{ text: 'loose', type: 'text' }], type: 'root' } } },
  ],
  [
    'faqs',
    'answer',
    {
      ...faq,
      answer: {
        root: {
          children: [
            {
              children: [
                { fields: { linkType: 'custom', url: 'javascript:alert(1)' }, type: 'link' },
              ],
              type: 'paragraph',
            },
          ],
          type: 'root',
        },
      },
    },
  ],
  [
    'faqs',
    'answer',
    {
      ...faq,
      answer: { root: { children: [{ relationTo: 'nope', type: 'upload' }], type: 'root' } },
    },
  ],
  ['articles', 'title', { body: richText('b'), title: '\u2800' }],
])(
  '%s: a wrong %s is refused with 400 naming it, and nothing is stored',
  async (slug, path, data) => {
    const before = await count(slug)
    const { body, status } = await server.admin.rest('POST', `/api/${slug}?draft=true`, data)
    expect(status).toBe(400)
    const paths = (body.errors?.[0]?.data?.errors ?? []).map(
      (error: { path: string }) => error.path,
    )
    expect(paths).toContain(path)
    expect(await count(slug)).toBe(before)
  },
)

test('an update with a wrong type is refused the same way and changes nothing', async () => {
  const created = await server.admin.rest('POST', '/api/faqs', { ...faq, _status: 'published' })
  const id = created.body.doc.id
  const patched = await server.admin.rest('PATCH', `/api/faqs/${id}`, { _order: '😀' })
  expect(patched.status).toBe(400)
  const next = await server.admin.rest('POST', '/api/faqs', { ...faq, _status: 'published' })
  expect(next.status).toBe(201)
  const gallery = await createGallery(server.admin, { _status: 'draft' }, '?draft=true')
  const emptied = await server.admin.rest(
    'PATCH',
    `/api/before-after-galleries/${gallery.body.doc.id}?draft=true`,
    { pairs: 999999 },
  )
  expect(emptied.status).toBe(400)
  const stored = await server.admin.get(
    `/api/before-after-galleries/${gallery.body.doc.id}?draft=true`,
  )
  expect(stored.body.pairs).toHaveLength(1)
})

test('an empty list sent as 0, as the admin panel does, saves a draft but cannot publish a gallery without pairs', async () => {
  const draft = await server.admin.rest('POST', '/api/articles?draft=true', {
    _status: 'draft',
    references: 0,
    title: 'Sent by the admin panel',
  })
  expect(draft.status).toBe(201)
  const consent = await createConsent(server.admin)
  const published = await createGallery(server.admin, {
    _status: 'published',
    consent: consent.id,
    pairs: 0,
  })
  expect(published.status).toBe(400)
  expect(JSON.stringify(published.body)).toContain('pairs')
})

test.each([null, 'str', 123, []])('a JSON body of %p is refused with 400', async (body) => {
  const before = await count('topics')
  const response = await server.admin.rest('POST', '/api/topics', body)
  expect(response.status).toBe(400)
  expect(await count('topics')).toBe(before)
})
