import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A host that already has its own `Article` GraphQL type installs the plugin with a prefix.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    collections: [
      {
        slug: 'posts',
        access: { read: () => true },
        fields: [{ name: 'headline', type: 'text' }],
        graphQL: { pluralName: 'Articles', singularName: 'Article' },
      },
    ],
    plugin: { graphQL: { prefix: 'Clinic' } },
  })
})
afterAll(async () => {
  await server?.close()
})

test("the host's Article type and the plugin's prefixed types live side by side", async () => {
  await server.admin.rest('POST', '/api/posts', { headline: 'Host news' })
  const { body } = await server.anonymous.graphql(
    '{ Articles { docs { headline } } ClinicArticles { docs { title } } ClinicFaqs { totalDocs } }',
  )
  expect(body.errors).toBeUndefined()
  expect(body.data.Articles.docs).toEqual([{ headline: 'Host news' }])
  expect(body.data.ClinicArticles.docs[0].title).toBe(
    'Scalp Micropigmentation: A Solution for Hair Loss',
  )
  expect(body.data.ClinicFaqs.totalDocs).toBe(5)
})

test('mutations are prefixed too', async () => {
  const { body } = await server.admin.graphql(
    'mutation { createClinicTopic(data: { name: "Crown thinning" }) { slug } }',
  )
  expect(body.errors).toBeUndefined()
  expect(body.data.createClinicTopic.slug).toBe('crown-thinning')
})
