import { readdir } from 'node:fs/promises'

import { png } from './helpers/fixtures.js'
import { gifHeader } from './helpers/gifHeader.js'
import { pngHeader } from './helpers/pngHeader.js'
import { startTestServer, type TestServer } from './helpers/testServer.js'

/**
 * Uploads that cannot hurt: a file whose header declares huge or extreme dimensions is refused
 * from its header, before anything is resized, and leaves nothing behind.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false } })
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
    expect(size.width === null || size.width <= 80).toBe(true)
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
