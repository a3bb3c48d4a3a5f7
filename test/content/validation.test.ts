import { readdir } from 'node:fs/promises'

import { png } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false, uploads: { maxImageBytes: 200_000 } } })
})
afterAll(async () => {
  await server?.close()
})

const count = async (collection: string) =>
  (await server.admin.get(`/api/${collection}?limit=0&draft=true`)).body.totalDocs as number

/**
 * Sends a request that must be refused with 400 naming `path`, and checks nothing was stored.
 */
const expectRefused = async (
  collection: string,
  send: () => Promise<{ body: any; status: number }>,
  path: string,
  reason: RegExp,
) => {
  const before = await count(collection)
  const { body, status } = await send()
  expect(status).toBe(400)
  const errors: { message: string; path: string }[] = body.errors[0].data.errors
  expect(errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ message: expect.stringMatching(reason), path }),
    ]),
  )
  expect(await count(collection)).toBe(before)
}

describe('bad input is refused with the field and the reason, and nothing is stored', () => {
  test('a rating of 7 stars', async () => {
    await expectRefused(
      'testimonials',
      () =>
        server.admin.rest('POST', '/api/testimonials', {
          clientName: 'A. B.',
          quote: 'Great',
          rating: 7,
        }),
      'rating',
      /5/,
    )
  })

  test('a rating of 2.5 stars', async () => {
    await expectRefused(
      'testimonials',
      () =>
        server.admin.rest('POST', '/api/testimonials', {
          clientName: 'A. B.',
          quote: 'Great',
          rating: 2.5,
        }),
      'rating',
      /whole number/,
    )
  })

  test('an imported testimonial without the address of the original review', async () => {
    await expectRefused(
      'testimonials',
      () =>
        server.admin.rest('POST', '/api/testimonials', {
          clientName: 'A. B.',
          quote: 'Great',
          source: 'imported',
        }),
      'sourceUrl',
      /address of the original review/,
    )
  })

  test.each(['not a url', 'javascript:alert(1)', 'ftp://clinic.example/book'])(
    'a booking URL of "%s"',
    async (bookingUrl) => {
      await expectRefused(
        'practitioners',
        () => server.admin.rest('POST', '/api/practitioners', { bookingUrl, name: 'Dr Example' }),
        'bookingUrl',
        /https:\/\//,
      )
    },
  )

  test('a slug that another article already uses', async () => {
    const first = await server.admin.rest('POST', '/api/articles?draft=true', {
      _status: 'draft',
      title: 'Aftercare',
    })
    expect(first.status).toBe(201)
    expect(first.body.doc.slug).toBe('aftercare')
    await expectRefused(
      'articles',
      () =>
        server.admin.rest('POST', '/api/articles?draft=true', {
          _status: 'draft',
          slug: 'aftercare',
          title: 'Other',
        }),
      'slug',
      /unique/i,
    )
  })

  test('a text file uploaded as an image', async () => {
    const files = async () =>
      readdir(`${server.payload.collections.media!.config.upload.staticDir}`).catch(() => [])
    const filesBefore = (await files()).length
    await expectRefused(
      'media',
      () =>
        server.admin.upload(
          'media',
          {
            data: Buffer.from('not an image at all, just text'),
            name: 'photo.png',
            type: 'image/png',
          },
          { alt: 'x' },
        ),
      'file',
      /file type|not allowed|invalid/i,
    )
    expect((await files()).length).toBe(filesBefore)
  })

  test('an image over the size limit', async () => {
    const big = png('sparse')
    const data = Buffer.concat([big.data, Buffer.alloc(250_000)])
    await expectRefused(
      'media',
      () => server.admin.upload('media', { ...big, data }, { alt: 'Big' }),
      'file',
      /at most/,
    )
  })

  test('an image without alternative text', async () => {
    await expectRefused('media', () => server.admin.upload('media', png(), {}), 'alt', /required/)
  })
})
