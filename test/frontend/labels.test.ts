import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Option labels for a site's filters and badges, in the reader's language.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const labels = async (query = '', headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}/api/smp-clinic/labels${query}`, { headers })
  return { body: (await response.json()) as any, response }
}

test('every option value of the public collections has its label, in the language asked for', async () => {
  const english = await labels()
  expect(english.response.status).toBe(200)
  expect(english.body.language).toBe('en')
  const galleries = english.body.collections['before-after-galleries']
  expect(Object.keys(galleries)).toEqual(
    expect.arrayContaining(['treatmentType', 'hairLossStage', 'pairs.angle']),
  )
  // The values are those the API returns on documents.
  const { body } = await server.admin.get('/api/before-after-galleries?depth=0&limit=1&draft=true')
  for (const gallery of body.docs) {
    expect(Object.keys(galleries.treatmentType)).toContain(gallery.treatmentType)
  }
  expect(english.body.collections.consents).toBeUndefined()

  const spanish = await labels('', { 'accept-language': 'es' })
  expect(spanish.body.language).toBe('es')
  expect(spanish.response.headers.get('content-language')).toBe('es')
  const asked = await labels('?language=fr')
  expect(asked.body.language).toBe('fr')
  for (const other of [spanish, asked]) {
    const treatments = other.body.collections['before-after-galleries'].treatmentType
    expect(Object.keys(treatments)).toEqual(Object.keys(galleries.treatmentType))
    const translated = Object.keys(treatments).filter(
      (value) => treatments[value] !== galleries.treatmentType[value],
    )
    expect(translated.length).toBeGreaterThan(0)
  }
  expect((await labels('?language=xx')).body.language).toBe('en')
})
