import { execFile } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { fencedBlocks } from '../helpers/docExamples.js'
import { publishGuideContent } from '../helpers/guideContent.js'
import { startTestServer, type TestServer } from '../helpers/testServer.js'

/**
 * A site typed by GraphQL Code Generator's client preset, as docs/FRONTEND.md advises: the page's
 * queries become typed documents generated from the committed SDL (dev/schema.graphql), a strict
 * TypeScript client of them type-checks, and it reads published content from a seeded server over
 * HTTP. A field renamed in the schema, or a query on the page that no longer matches it, fails
 * here the way it would fail a site's build. The generated files are git-ignored and rewritten on
 * every run, so a clean clone needs nothing committed.
 */
const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const doc = readFileSync(path.join(root, 'docs/FRONTEND.md'), 'utf8')

const blocks = (text: string, language: string) =>
  fencedBlocks(text, language).map(({ code }) => code)

const guideQueries = blocks(doc, 'graphql').map((block) => block.trim())
const operationNames = guideQueries.map((query) => /^query (\w+)/.exec(query)?.[1])
const codegenSection = /\n## Typed queries with GraphQL Code Generator\n([\s\S]*?)(?=\n## |$)/.exec(
  doc,
)?.[1]

const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

/**
 * Runs node in test/clients, where the codegen config and the client's tsconfig resolve their
 * paths, and returns what it printed; a failure carries the output (codegen's validation errors,
 * tsc's diagnostics) into the test report.
 */
const run = async (args: string[]) => {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, {
      cwd: here,
      maxBuffer: 16 * 1024 * 1024,
    })
    return stdout
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string }
    throw new Error(`node ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`)
  }
}

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
  await publishGuideContent(server)
}, 120_000)
afterAll(async () => {
  await server?.close()
})

test('the page quotes the codegen config and request function the suite runs', () => {
  expect(codegenSection).toBeDefined()
  const [config, request, ...rest] = blocks(codegenSection!, 'ts')
  expect(rest).toEqual([])
  expect(config).toBe(readFileSync(path.join(here, 'codegen.ts'), 'utf8'))
  expect(request).toBe(readFileSync(path.join(here, 'site/request.ts'), 'utf8'))
})

test('codegen turns every query on the page into a typed document', async () => {
  expect(operationNames.length).toBeGreaterThanOrEqual(5)
  writeFileSync(
    path.join(here, 'site/guide.graphql'),
    `# The queries of docs/FRONTEND.md, copied by clients.test.ts before each codegen run.\n\n${guideQueries.join('\n\n')}\n`,
  )
  // Codegen writes nothing when a query fails validation: the last run's output must not pass.
  rmSync(path.join(here, 'site/gql'), { force: true, recursive: true })
  await run([bin('graphql-codegen'), '--config', 'codegen.ts'])
  const generated = readFileSync(path.join(here, 'site/gql/graphql.ts'), 'utf8')
  for (const name of operationNames) {
    expect([name, generated.includes(`export const ${name}Document =`)]).toEqual([name, true])
  }
})

test('a strict TypeScript client reading each query’s fields type-checks', async () => {
  await run([bin('tsc'), '-p', 'tsconfig.json'])
})

test('the typed client reads published content for every query over HTTP, with no errors', async () => {
  const results = JSON.parse(await run(['--import', 'tsx', 'site/readGuide.ts', server.url]))
  // A query added to the page needs its reader in the client, or it goes untyped.
  expect(Object.keys(results).sort()).toEqual([...operationNames].sort())
  for (const [name, result] of Object.entries(results as Record<string, { count: number }>)) {
    expect([name, result.count > 0]).toEqual([name, true])
  }
  const { ArticleBySlug, Featured, HairlineGalleries, Practitioners, Testimonials } = results
  expect(ArticleBySlug.author).toBe('Dana Lee')
  expect(ArticleBySlug.references).toEqual(['1', '2'])
  expect(ArticleBySlug.faqs).toHaveLength(5)
  expect(ArticleBySlug.headings.length).toBeGreaterThan(0)
  expect(Testimonials.testimonials).toEqual([
    {
      disclosure: 'The author received discounted treatment.',
      practitioner: 'dana-lee',
      rating: 5,
    },
  ])
  // The featured list is labelled as what it is, with the same disclosure as the plain list.
  expect(Featured).toEqual({
    count: 1,
    // Chosen by the clinic, so a selection even when it holds every published testimonial.
    isSelection: true,
    label: expect.stringMatching(/\S/),
    quotes: [
      { disclosure: 'The author received discounted treatment.', rating: 5, verifiedClient: false },
    ],
    totalPublished: 1,
  })
  expect(HairlineGalleries.pairs).toHaveLength(1)
  expect(HairlineGalleries.pairs[0].before.startsWith(`${server.url}/api/media/file/`)).toBe(true)
  expect(HairlineGalleries.pairs[0].beforeWebpWidth).toBe(480)
  expect(Practitioners.practitioners).toContainEqual({
    bookingUrl: 'https://clinic.example/book/dana',
    galleries: ['hairline'],
    name: 'Dana Lee',
    testimonials: ['Nobody can tell.'],
  })
})
