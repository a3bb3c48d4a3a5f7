import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A query through two relationships is checked against every collection's read permissions,
 * worked out up front from Payload's public access answer. That answer leaves out what is refused
 * and folds what is allowed in full into `true`; these paths show the check still tells a field
 * nobody may read (alone, or inside a group beside a readable one) from one an editor may, at the
 * end of a long path exactly as Payload's own check does at the end of a short one.
 */
const no = () => false

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({
    plugin: {
      collections: {
        practitioners: {
          fields: ({ defaultFields }) => [
            ...defaultFields,
            { name: 'internalNote', type: 'text', access: { read: () => false } },
            {
              name: 'contract',
              type: 'group',
              fields: [
                { name: 'label', type: 'text' },
                { name: 'rate', type: 'number', access: { read: () => false } },
              ],
            },
            {
              name: 'payroll',
              type: 'group',
              // Refused for every operation, so Payload's answer leaves the group's fields out.
              fields: [
                { name: 'iban', type: 'text', access: { create: no, read: no, update: no } },
              ],
            },
          ],
        },
      },
      seed: false,
    },
  })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const rejections: unknown[] = []
const listen = (reason: unknown) => rejections.push(reason)
beforeEach(() => process.on('unhandledRejection', listen))
afterEach(async () => {
  // Later requests give a stray rejection the turns it needs to surface.
  for (let turn = 0; turn < 3; turn++) {
    await server.anonymous.get('/api/topics?limit=1')
  }
  process.off('unhandledRejection', listen)
  expect(rejections.splice(0)).toEqual([])
})

const statusOf = async (path: string) => [path, (await server.admin.get(path)).status]

const fields: [string, number][] = [
  ['internalNote', 400],
  ['contract.rate', 400],
  ['payroll.iban', 400],
  ['contract.label', 200],
  ['name', 200],
  ['photo.alt', 200],
]
// One relationship: Payload's own check. Two and three: the plugin's, with the same answer.
const paths = (field: string) => [
  `/api/testimonials?where[practitioner.${field}][exists]=true`,
  `/api/testimonials?where[gallery.practitioner.${field}][exists]=true`,
  `/api/testimonials?sort=gallery.practitioner.${field}`,
  `/api/faqs?where[relatedArticles.author.${field}][exists]=true`,
]

test.each(fields.flatMap(([field, status]) => paths(field).map((path) => [path, status] as const)))(
  '%s: %d',
  async (path, status) => {
    expect(await statusOf(path)).toEqual([path, status])
  },
)
