import type { Article, BeforeAfterGallery, Testimonial } from 'payload-plugin-smp-clinic/types'

import { readFileSync } from 'node:fs'

import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * The document types the package ships (`payload-plugin-smp-clinic/types`) describe what the API
 * returns. Type-checked by `npm run typecheck` (the assignments below fail to compile if the
 * types go wrong) and compared at run time with real responses.
 */
const treatment: BeforeAfterGallery['treatmentType'] = 'scar_camouflage'
// @ts-expect-error The REST spelling is the GraphQL one; the old hyphenated value is no value.
const oldSpelling: Testimonial['treatment'] = 'scar-camouflage'
const anchors: NonNullable<Article['tableOfContents']>[number]['anchor'] = 'aftercare'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ plugin: { seed: 'onInit' } })
}, 120_000)
afterAll(async () => {
  await server?.close()
})

/**
 * The property names of one generated interface.
 */
const declaredKeys = (name: string) => {
  const source = readFileSync(
    new URL('../../src/generated/documentTypes.ts', import.meta.url),
    'utf8',
  )
  const body = new RegExp(`export interface ${name} \\{\\n([\\s\\S]*?)\\n\\}`).exec(source)?.[1]
  expect(body).toBeDefined()
  return new Set([...body!.matchAll(/^ {2}(\w+)\??:/gm)].map((match) => match[1]))
}

test('every field an editor reads is declared in the shipped types', async () => {
  expect([treatment, oldSpelling, anchors]).toHaveLength(3)
  for (const [collection, name] of [
    ['articles', 'Article'],
    ['faqs', 'Faq'],
    ['before-after-galleries', 'BeforeAfterGallery'],
    ['practitioners', 'Practitioner'],
    ['testimonials', 'Testimonial'],
    ['topics', 'Topic'],
    ['media', 'Media'],
  ] as const) {
    const { body } = await server.admin.get(`/api/${collection}?limit=1&depth=0&draft=true`)
    expect([collection, body.docs.length > 0]).toEqual([collection, true])
    const declared = declaredKeys(name)
    const undeclared = Object.keys(body.docs[0]).filter((key) => !declared.has(key))
    expect([collection, undeclared]).toEqual([collection, []])
  }
})
