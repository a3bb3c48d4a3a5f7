import type { Field } from 'payload'

import { defaultSlugs } from '../../src/index.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * Every option value is spelled the same in REST and GraphQL: a valid GraphQL enum value, which
 * Payload's GraphQL schema then uses unchanged. A REST filter with any other spelling is refused
 * with the list of values, instead of silently matching nothing.
 */
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: 'onInit' } })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

const optionValues = (fields: Field[], path = ''): [string, string][] =>
  fields.flatMap((field): [string, string][] => {
    const name = 'name' in field ? `${path}${field.name}` : path
    const own =
      (field.type === 'select' || field.type === 'radio') && field.options
        ? field.options.map((option): [string, string] => [
            name,
            typeof option === 'string' ? option : option.value,
          ])
        : []
    const nested = [
      ...('fields' in field ? optionValues(field.fields, `${name}.`) : []),
      ...('tabs' in field ? field.tabs.flatMap((tab) => optionValues(tab.fields, path)) : []),
      ...('blocks' in field
        ? field.blocks.flatMap((block) => optionValues(block.fields, `${name}.`))
        : []),
    ]
    return [...own, ...nested]
  })

test('every option value of the plugin is a valid GraphQL enum value', () => {
  const ours = new Set<string>(Object.values(defaultSlugs))
  const plugin = server.payload.config.collections.filter(({ slug }) => ours.has(slug))
  const values = plugin.flatMap((collection) =>
    optionValues(collection.fields).map(([path, value]) => `${collection.slug}.${path}: ${value}`),
  )
  expect(values.length).toBeGreaterThan(40)
  expect(values.filter((entry) => !/: [_A-Za-z][_A-Za-z0-9]*$/.test(entry))).toEqual([])
})

test('the same value filters REST and GraphQL alike; another spelling is a 400 naming the values', async () => {
  const rest = await server.admin.get(
    '/api/before-after-galleries?where[treatmentType][equals]=scar_camouflage&depth=0',
  )
  expect(rest.status).toBe(200)
  expect(rest.body.docs.length).toBeGreaterThan(0)
  expect(
    rest.body.docs.every(
      (doc: { treatmentType: string }) => doc.treatmentType === 'scar_camouflage',
    ),
  ).toBe(true)
  const graphql = await server.admin.graphql(
    '{ BeforeAfterGalleries(where: { treatmentType: { equals: scar_camouflage } }) { docs { id treatmentType } } }',
  )
  expect(graphql.body.data.BeforeAfterGalleries.docs.map((doc: { id: unknown }) => doc.id)).toEqual(
    rest.body.docs.map((doc: { id: unknown }) => doc.id),
  )
  for (const spelling of ['scar-camouflage', 'Scar camouflage']) {
    const refused = await server.admin.get(
      `/api/before-after-galleries?where[treatmentType][equals]=${encodeURIComponent(spelling)}`,
    )
    expect([spelling, refused.status]).toEqual([spelling, 400])
    expect(refused.body.errors[0].message).toMatch(/Expected one of: .*scar_camouflage/)
  }
})
