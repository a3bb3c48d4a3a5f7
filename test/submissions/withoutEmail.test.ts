import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * An app with the form on but no `email` adapter: Payload would only log the confirmation link,
 * so nothing sent could ever be confirmed. The form says it is unavailable, and a submission is
 * refused before anything is stored.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: false } })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

test('without e-mail the form is unavailable and a submission stores nothing (503)', async () => {
  const form = await server.anonymous.get('/api/smp-clinic/submission-form')
  expect(form.status).toBe(200)
  expect(form.body).toMatchObject({
    available: false,
    unavailableReason: expect.stringMatching(/cannot send e-mail/),
  })
  const data = new FormData()
  data.set('formToken', form.body.token)
  data.set('story', 'A story that would never be confirmed by its author.')
  const response = await fetch(`${server.url}/api/smp-clinic/submissions`, {
    body: data,
    headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0' },
    method: 'POST',
  })
  expect(response.status).toBe(503)
  expect(JSON.stringify(await response.json())).toContain('"path":"email"')
  const { body } = await server.admin.get('/api/smp-submissions?limit=0')
  expect(body.totalDocs).toBe(0)
})
