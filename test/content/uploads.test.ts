import { readdir } from 'node:fs/promises'

import { placeholderPng } from '../../src/internal.js'
import { png } from '../helpers/fixtures.js'
import { gifHeader } from '../helpers/gifHeader.js'
import { pngHeader } from '../helpers/pngHeader.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Uploads that cannot hurt: a file whose header declares huge or extreme dimensions is refused
 * from its header, before anything is resized, and leaves nothing behind.
 */
let server: TestServer
beforeAll(async () => {
  // AVIF on here (it is opt-in), so every format's sizes are made and served in this file.
  server = await startTestServer({
    plugin: { seed: false, uploads: { formats: ['webp', 'avif'] } },
  })
})
afterAll(async () => {
  await server?.close()
})

const mediaDir = () => server.payload.collections.media!.config.upload.staticDir!
const filesOnDisk = async () => (await readdir(mediaDir()).catch(() => [])).length
const count = async () => (await server.admin.get('/api/media?limit=0')).body.totalDocs as number

test.each([
  ['65535×2 (a 1-row strip)', 65535, 2, 400, /8 times/],
  ['2×65535', 2, 65535, 400, /8 times/],
  ['9000×9000 (81 megapixels)', 9000, 9000, 413, /40 megapixels/],
  ['65535×65535', 65535, 65535, 413, /40 megapixels/],
])(
  'a PNG declaring %s is refused from its header, naming the limit, with nothing stored',
  async (_name, width, height, status, limit) => {
    const [documents, files] = [await count(), await filesOnDisk()]
    const data = pngHeader(width, height)
    expect(data.length).toBeLessThan(2000)
    const response = await server.admin.upload(
      'media',
      { data, name: 'bomb.png', type: 'image/png' },
      { alt: 'Bomb' },
    )
    expect(response.status).toBe(status)
    expect(JSON.stringify(response.body)).toMatch(limit)
    expect([await count(), await filesOnDisk()]).toEqual([documents, files])
  },
)

test('an ordinary photo is still accepted, and small images are never enlarged', async () => {
  const { body, status } = await server.admin.upload('media', png(), { alt: 'Small' })
  expect(status).toBe(201)
  for (const size of Object.values(body.doc.sizes as Record<string, { width: null | number }>)) {
    expect(size.width === null || size.width <= 520).toBe(true)
  }
  // The server is still up and answering.
  expect((await server.admin.get('/api/media?limit=0')).status).toBe(200)
})

test('an animation counts every frame: 5 frames of 9 megapixels are over the limit', async () => {
  const animation = gifHeader(3000, 3000, 5)
  const [documents, files] = [await count(), await filesOnDisk()]
  const response = await server.admin.upload(
    'media',
    { data: animation, name: 'animation.gif', type: 'image/gif' },
    { alt: 'Animation' },
  )
  expect(response.status).toBe(413)
  expect(JSON.stringify(response.body)).toMatch(/5 frames.*40 megapixels/)
  expect([await count(), await filesOnDisk()]).toEqual([documents, files])
})

describe('sizes for srcset: one aspect per use, a width ladder, in the upload’s format, WebP and AVIF', () => {
  type Size = {
    filename: null | string
    height: null | number
    mimeType: null | string
    url: null | string
    width: null | number
  }
  const upload = async (width: number, height: number) => {
    const data = placeholderPng({ density: 'dense', height, width })
    const { body, status } = await server.admin.upload(
      'media',
      { data, name: `ladder-${width}.png`, type: 'image/png' },
      { alt: 'Ladder' },
    )
    expect(status).toBe(201)
    return body.doc.sizes as Record<string, Size>
  }

  test('a 1600 × 1200 image gets every width of every use, each use at one aspect', async () => {
    const sizes = await upload(1600, 1200)
    const uses = { card: 0.75, full: 0.75, square: 1 }
    for (const [use, ratio] of Object.entries(uses)) {
      for (const width of [480, 960, 1600]) {
        for (const [suffix, mimeType] of [
          ['', 'image/png'],
          ['Webp', 'image/webp'],
          ['Avif', 'image/avif'],
        ]) {
          const size = sizes[`${use}${width}${suffix}`]!
          expect([`${use}${width}${suffix}`, size.width, size.height, size.mimeType]).toEqual([
            `${use}${width}${suffix}`,
            width,
            Math.round(width * ratio),
            mimeType,
          ])
        }
      }
    }
    // Private until published content shows it: read as the editor.
    const served = await fetch(sizes.square960Avif!.url!, { headers: server.admin.headers() })
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/avif'])
    const webp = await fetch(sizes.card480Webp!.url!, { headers: server.admin.headers() })
    expect([webp.status, webp.headers.get('content-type')]).toEqual([200, 'image/webp'])
  })

  test('a width the image cannot fill is left out, never enlarged', async () => {
    const sizes = await upload(700, 525)
    expect(sizes.card480!.width).toBe(480)
    expect(sizes.full480Webp!.width).toBe(480)
    for (const name of ['card960', 'square960Webp', 'full1600', 'full960Avif']) {
      expect([name, sizes[name]!.url]).toEqual([name, null])
    }
  })
})
