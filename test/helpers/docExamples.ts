import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const outDir = path.join(root, 'test/.doc-examples')

export type FencedBlock = { code: string; language: string }

/**
 * The fenced code blocks of Markdown `text` whose language matches `language` (a regular
 * expression such as `'tsx?'`), in order, each as written. A fence may be indented under a list
 * item; its lines then carry the same indent, which is taken off.
 */
export const fencedBlocks = (text: string, language: string): FencedBlock[] =>
  [...text.matchAll(new RegExp(`^( *)\`\`\`(${language})\\n([\\s\\S]*?)^\\1\`\`\``, 'gm'))].map(
    ([, indent, lang, body]) => ({
      code: body!.replace(new RegExp(`^${indent}`, 'gm'), ''),
      language: lang!,
    }),
  )

/**
 * A page of this repository, as text.
 */
export const readPage = (page: string): string => readFileSync(path.join(root, page), 'utf8')

/**
 * The code examples of a Markdown page that name their file in a first-line comment
 * (`// app/sitemap.ts`), keyed by that name.
 */
export const docExamples = (page: string): Map<string, FencedBlock> => {
  const found = new Map<string, FencedBlock>()
  for (const block of fencedBlocks(readPage(page), 'tsx?')) {
    const name = /^\/\/ (\S+)\n/.exec(block.code)?.[1]
    if (name) {
      found.set(name, block)
    }
  }
  return found
}

const exportsMap = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
  .exports as Record<string, Record<string, string>>

/**
 * Where an import of the published package points in this checkout: its source, by the same
 * `exports` map a site resolves against.
 */
const sourceOf = (specifier: string): string | undefined => {
  const subpath =
    specifier === 'payload-plugin-smp-clinic'
      ? '.'
      : specifier.replace('payload-plugin-smp-clinic/', './')
  const entry = exportsMap[subpath]?.['smp-clinic-source']
  return entry && path.join(root, entry)
}

/**
 * Loads one example as the page shows it, so the suite runs exactly what a reader copies: only
 * the specifiers a site resolves itself change (the package, to this checkout's source;
 * `@payload-config`, to the config the test passes in `globalThis.smpDocExampleConfig`).
 */
export const loadDocExample = async <T>(page: string, name: string): Promise<T> => {
  const example = docExamples(page).get(name)
  if (!example) {
    throw new Error(`${page} has no example named ${name}`)
  }
  const code = example.code.replace(/from '([^']+)'/g, (whole, specifier: string) => {
    if (specifier === '@payload-config') {
      return `from '${path.join(root, 'test/helpers/docExampleConfig.ts')}'`
    }
    const source = specifier.startsWith('payload-plugin-smp-clinic')
      ? sourceOf(specifier)
      : undefined
    return source ? `from '${source}'` : whole
  })
  mkdirSync(outDir, { recursive: true })
  const file = path.join(outDir, `${name.replace(/[^\w.-]+/g, '_')}.${example.language}`)
  writeFileSync(file, code)
  return (await import(file)) as T
}
