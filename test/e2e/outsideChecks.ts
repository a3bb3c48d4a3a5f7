import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import Validator from '@adobe/structured-data-validator'
import WebAutoExtractor from '@marbec/web-auto-extractor'
import { HtmlValidate } from 'html-validate'
import ts from 'typescript'

import { root } from './devServer.js'

/**
 * The tools a frontend developer or an SEO engineer would judge the site with, run as they run
 * them: Lighthouse and linkinator from their own command lines, schema-dts through the TypeScript
 * compiler, and an outside validator of Google's rich-result requirements on the served HTML.
 */

const validator = new HtmlValidate({ extends: ['html-validate:standard'] })

/**
 * What html-validate's standard rules find wrong in a page's HTML, one line per message.
 */
export const htmlErrors = async (html: string): Promise<string[]> =>
  (await validator.validateString(html)).results.flatMap((result) =>
    result.messages.map((message) => `${message.ruleId}: ${message.message}`),
  )

/**
 * The JSON-LD scripts of a page's HTML, each parsed.
 */
export const jsonLdScripts = (html: string): unknown[] =>
  [...html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, text]) => JSON.parse(text!),
  )

/**
 * Type-checks each page's JSON-LD against schema-dts, the schema.org vocabulary as TypeScript
 * types: every `@type` must be a schema.org type and every property one that type has, with a
 * value of a type it takes. Returns the compiler's complaints, by page.
 */
export const schemaOrgTypeErrors = (pages: Record<string, unknown[]>): Record<string, string[]> => {
  // Under node_modules, so that `schema-dts` resolves as it would in any TypeScript project.
  const dir = path.join(root, 'node_modules/.cache/smp-clinic-jsonld')
  rmSync(dir, { force: true, recursive: true })
  mkdirSync(dir, { recursive: true })
  const files = Object.entries(pages).map(([name, scripts], index) => {
    const file = path.join(dir, `page${index}.ts`)
    writeFileSync(
      file,
      [
        "import type { Graph, Thing, WithContext } from 'schema-dts'",
        // `satisfies` keeps the literal's excess-property checks: an unknown property is an error.
        ...scripts.map(
          (script, n) =>
            `export const script${n} = ${JSON.stringify(script, null, 2)} satisfies Graph | WithContext<Thing>`,
        ),
        '',
      ].join('\n'),
    )
    return { file, name }
  })
  const program = ts.createProgram(
    files.map(({ file }) => file),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
      skipLibCheck: true,
      strict: true,
      target: ts.ScriptTarget.ES2022,
      types: [],
    },
  )
  const errors = Object.fromEntries(
    files.map(({ file, name }) => [
      name,
      ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((diagnostic) => {
        const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
        const source = diagnostic.file!.text.split('\n')[line]?.trim()
        return `${source}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`
      }),
    ]),
  )
  rmSync(dir, { force: true, recursive: true })
  return errors
}

/**
 * What an outside validator of Google's rich-result requirements (the one Adobe publishes)
 * reports as errors in a page's structured data: required properties missing or malformed.
 */
export const googleRichResultErrors = async (html: string): Promise<string[]> => {
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: false }).parse(html)
  const issues: {
    fieldNames?: string[]
    issueMessage: string
    rootType: string
    severity: string
  }[] = await new Validator().validate(extracted)
  return issues
    .filter((issue) => issue.severity === 'ERROR')
    .map((issue) => `${issue.rootType}: ${issue.issueMessage}`)
}

/**
 * Runs a command to its end and returns its exit code and output.
 */
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: null | number; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => resolve({ code, output }))
  })

export type LighthouseScores = {
  accessibility: number
  'best-practices': number
  /**
   * The audits below a full score in the categories that must score 100, with their titles.
   */
  failing: string[]
  performance: number
  seo: number
}

/**
 * Lighthouse's own command line on one address, as its documentation runs it: mobile emulation
 * and simulated throttling (its defaults), in Debian's Chromium, headless. The JSON and HTML
 * reports are kept under `reportPath`.
 */
export const lighthouse = async (url: string, reportPath: string): Promise<LighthouseScores> => {
  const { code, output } = await run(
    process.execPath,
    [
      path.join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      '--output=html',
      `--output-path=${reportPath}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage',
      '--quiet',
    ],
    { CHROME_PATH: '/usr/bin/chromium' },
  )
  if (code !== 0) {
    throw new Error(`lighthouse ${url} exited with ${code}:\n${output}`)
  }
  const report = JSON.parse(readFileSync(`${reportPath}.report.json`, 'utf8')) as {
    audits: Record<string, { score: null | number; scoreDisplayMode: string; title: string }>
    categories: Record<string, { auditRefs: { id: string }[]; score: number }>
  }
  const score = (category: string) => Math.round(report.categories[category]!.score * 100)
  const failing = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
    report.categories[category]!.auditRefs.flatMap(({ id }) => {
      const audit = report.audits[id]!
      return audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative'
        ? [`${category}/${id}: ${audit.title}`]
        : []
    }),
  )
  return {
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    failing,
    performance: score('performance'),
    seo: score('seo'),
  }
}

/**
 * linkinator's command line, crawling the site from `urls` through every same-site link (pages,
 * scripts, styles, images, srcsets, and the fragments links point at). Returns the links it found
 * broken and the addresses it checked. Links to other sites are left out: the tests do not reach them.
 */
export const brokenLinks = async (urls: string[]) => {
  const origin = new URL(urls[0]!).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const { code, output } = await run(process.execPath, [
    path.join(root, 'node_modules/linkinator/build/src/cli.js'),
    ...urls,
    '--recurse',
    '--check-fragments',
    '--check-css',
    '--concurrency=4',
    '--timeout=30000',
    '--format=json',
    `--skip=^(?!${origin})`,
  ])
  const start = output.indexOf('{')
  if (start < 0) {
    throw new Error(`linkinator exited with ${code} and no report:\n${output}`)
  }
  const report = JSON.parse(output.slice(start)) as {
    links: { parent?: string; state: string; status?: number; url: string }[]
  }
  const checked = report.links.filter((link) => link.state !== 'SKIPPED')
  return {
    broken: checked
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.status ?? '-'} ${link.url} (on ${link.parent ?? 'the start page'})`),
    checked: checked.map((link) => link.url),
    code,
  }
}
