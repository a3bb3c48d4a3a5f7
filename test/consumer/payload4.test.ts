import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import {
  installApp,
  installedVersion,
  own,
  packPlugin,
  privacyPathsDependencies,
  privacyPathsHold,
  runApp,
  servedByApp,
} from './consumerApp.js'

/**
 * Payload 4, run rather than scanned: the newest 4.0 canary on the registry, its whole stack at
 * that version, installs the packed plugin, boots on SQLite, builds its schema, seeds and serves
 * the article over REST, with drafts and the fictitious samples hidden from visitors; its schema
 * as a migration builds an empty database; then the access matrix's anonymous paths (REST and GraphQL) and a consented gallery published and
 * revoked. Payload 4
 * needs a newer Node than the machines' own; CI runs this file on Node 24 (`.ci/with-node 24`).
 */
const npmView = (args: string[]) =>
  JSON.parse(execFileSync('npm', ['view', ...args, '--json'], { encoding: 'utf8' }))

const canary = (npmView(['payload', 'versions']) as string[])
  .filter((version) => /^4\.0\.0-canary\.\d+$/.test(version))
  .sort((a, b) => Number(a.split('.').at(-1)) - Number(b.split('.').at(-1)))
  .at(-1)!
const needs = String(npmView([`payload@${canary}`, 'engines']).node ?? '')
const atLeast = (version: string, floor: string) => {
  const [a, b] = [version, floor].map((v) =>
    v
      .replace(/^[^\d]*/, '')
      .split('.')
      .map(Number),
  )
  return a!.reduce((order, part, i) => order || part - (b![i] ?? 0), 0) >= 0
}
const runs = atLeast(process.version, needs)
if (!runs) {
  // Straight to the output: jest shows no console output of a file whose tests are all skipped.
  process.stdout.write(
    `\nskip: Payload ${canary} needs Node ${needs}; this is Node ${process.version} (CI runs this suite on Node 24)\n`,
  )
}

let workdir: string
let app: string
beforeAll(() => {
  if (!runs) {
    return
  }
  workdir = mkdtempSync(path.join(tmpdir(), 'smp-clinic-payload4-'))
  app = installApp({
    dependencies: {
      '@payloadcms/db-sqlite': canary,
      '@payloadcms/richtext-lexical': canary,
      graphql: own.devDependencies.graphql,
      payload: canary,
      ...privacyPathsDependencies(canary),
      // Payload's migrations are TypeScript, loaded as its CLI loads them.
      tsx: own.devDependencies.tsx,
    },
    name: `payload-${canary}`,
    scripts: ['app.mjs', 'content.mjs', 'migrate.mjs', 'privacyPaths.mjs', 'serveApi.mjs'],
    tarball: packPlugin(workdir),
    workdir,
  })
})
afterAll(() => {
  if (workdir) {
    rmSync(workdir, { force: true, recursive: true })
  }
})

;(runs ? test : test.skip)(
  `Payload 4 (${canary}): the packed plugin installs without forcing peers, boots, seeds and serves the article, drafts and samples hidden`,
  () => {
    expect(installedVersion(app, 'payload')).toBe(canary)
    expect(installedVersion(app, '@payloadcms/richtext-lexical')).toBe(canary)
    expect(runApp(app, 'app.mjs')).toEqual(servedByApp())
  },
)

;(runs ? test : test.skip)(
  `Payload 4 (${canary}): the plugin's schema becomes a migration that builds an empty database, on which the app seeds`,
  () => {
    expect(runApp(app, 'migrate.mjs', ['create'], ['--import', 'tsx'])).toEqual({ migrations: 1 })
    expect(runApp(app, 'migrate.mjs', ['run'], ['--import', 'tsx'])).toEqual({
      articles: 1,
      faqs: 5,
    })
  },
)

;(runs ? test : test.skip)(
  `Payload 4 (${canary}): a visitor's every path hides a draft and a revoked client's gallery and photos; a consented gallery shows until its consent is revoked`,
  () => {
    expect(runApp(app, 'privacyPaths.mjs')).toEqual(privacyPathsHold())
  },
)
