import { APIError } from 'payload'

import { createConsent, createImage } from '../helpers/fixtures.js'
import { richText } from '../helpers/richText.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Behaviour that must be the same on SQLite, Postgres and MongoDB (run with the database legs).
 * A hook of the host's fails after the write for one topic name, to prove the write is undone.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    plugin: {
      collections: {
        topics: {
          hooks: {
            afterChange: [
              ({ doc }) => {
                if (doc.name === 'Fails after writing') {
                  throw new APIError('The host refused this topic after it was written.', 400)
                }
                return doc
              },
            ],
          },
        },
      },
    },
  })
})
afterAll(async () => {
  await server?.close()
})

describe('transactions', () => {
  test('a hook that fails after the write leaves nothing behind', async () => {
    const before = (await server.admin.get('/api/topics?limit=0')).body.totalDocs
    const { body, status } = await server.admin.rest('POST', '/api/topics', {
      name: 'Fails after writing',
    })
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/refused this topic/)
    expect((await server.admin.get('/api/topics?limit=0')).body.totalDocs).toBe(before)
    const bySlug = await server.admin.get('/api/topics?where[slug][equals]=fails-after-writing')
    expect(bySlug.body.totalDocs).toBe(0)
  })
})

describe('queries', () => {
  test('"like" matches words in any case', async () => {
    const { body } = await server.anonymous.get(
      '/api/articles?where[title][like]=MICROPIGMENTATION hair',
    )
    expect(body.docs.map((doc: { slug: string }) => doc.slug)).toEqual([
      'scalp-micropigmentation-a-solution-for-hair-loss',
    ])
  })

  test('"contains" matches part of a value', async () => {
    const { body } = await server.anonymous.get(
      '/api/faqs?where[question][contains]=SMP&sort=_order',
    )
    expect(body.docs.map((doc: { question: string }) => doc.question)).toEqual([
      'Can I still have SMP if I have existing hair?',
      'Are the pigments used in SMP safe?',
      'Can I shower or swim after SMP?',
    ])
  })

  test('lists sort by a field of a related document', async () => {
    const practitioner = async (name: string) =>
      (await server.admin.rest('POST', '/api/practitioners', { _status: 'published', name })).body
        .doc
    const zoe = await practitioner('Zoe Zed')
    const amy = await practitioner('Amy Ash')
    for (const [author, title] of [
      [zoe, 'Sorted second'],
      [amy, 'Sorted first'],
    ] as const) {
      const created = await server.admin.rest('POST', '/api/articles', {
        _status: 'published',
        author: author.id,
        body: richText(title),
        title,
      })
      expect(created.status).toBe(201)
    }
    // Editors only: the public may not order results by related documents' values.
    const { body } = await server.admin.get(
      '/api/articles?where[title][like]=sorted&sort=author.name&depth=0',
    )
    expect(body.docs.map((doc: { title: string }) => doc.title)).toEqual([
      'Sorted first',
      'Sorted second',
    ])
  })

  test('slugs stay unique across drafts and published documents, while drafts can be saved again', async () => {
    const draft = await server.admin.rest('POST', '/api/articles?draft=true', {
      _status: 'draft',
      title: 'Camouflage',
    })
    expect(draft.status).toBe(201)
    const again = await server.admin.rest(
      'PATCH',
      `/api/articles/${draft.body.doc.id}?draft=true`,
      {
        _status: 'draft',
        excerpt: 'Second draft',
      },
    )
    expect(again.status).toBe(200)
    const clash = await server.admin.rest('POST', '/api/articles', {
      _status: 'published',
      body: richText('Other'),
      slug: 'camouflage',
      title: 'Other camouflage',
    })
    expect(clash.status).toBe(400)
    expect(clash.body.errors[0].data.errors[0].path).toBe('slug')
  })

  test('ids are whatever the database makes them, and relationships accept them as given', async () => {
    const image = await createImage(server.admin)
    const consent = await createConsent(server.admin)
    expect(typeof image.id).toBe(server.database === 'mongodb' ? 'string' : 'number')
    const gallery = await server.admin.rest('POST', '/api/before-after-galleries', {
      _status: 'published',
      consent: consent.id,
      pairs: [{ after: image.id, before: image.id }],
      title: 'Id check',
      treatmentType: 'other',
      unretouchedAttestation: true,
    })
    expect(gallery.status).toBe(201)
    expect(gallery.body.doc.pairs[0].before.id ?? gallery.body.doc.pairs[0].before).toBe(image.id)
  })
})
