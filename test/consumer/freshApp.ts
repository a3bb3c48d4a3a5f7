import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
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
 * What an agency does on day one, on one Payload version: a fresh app installs the packed
 * tarball, boots on SQLite with the plugin seeding, and serves the article over REST. Each end of
 * the supported range has a file of its own (`lowestPayload.test.ts`, `ownPayload.test.ts`), so
 * the two apps install and run at once.
 */
export const freshAppOn = (version: string) => {
  let workdir: string
  let tarball: string
  beforeAll(() => {
    workdir = mkdtempSync(path.join(tmpdir(), 'smp-clinic-consumer-'))
    tarball = packPlugin(workdir)
  })
  afterAll(() => {
    rmSync(workdir, { force: true, recursive: true })
  })

  test(`Payload ${version}: a fresh app installs the packed plugin, boots, seeds and serves the article`, () => {
    const app = installApp({
      dependencies: {
        '@payloadcms/db-sqlite': version,
        '@payloadcms/richtext-lexical': version,
        graphql: own.devDependencies.graphql,
        payload: version,
        ...privacyPathsDependencies(version),
      },
      name: `payload-${version}`,
      scripts: ['app.mjs', 'content.mjs', 'privacyPaths.mjs', 'serveApi.mjs'],
      tarball,
      workdir,
    })
    expect(installedVersion(app, 'payload')).toBe(version)
    expect(installedVersion(app, 'payload-plugin-smp-clinic')).toBe(own.version)
    expect(readdirSync(path.join(app, 'node_modules/payload-plugin-smp-clinic')).sort()).toEqual([
      'LICENSE',
      'README.md',
      'dist',
      'package.json',
    ])

    // The admin's import map names the components by these entry points.
    const resolve = (specifier: string) =>
      execFileSync(
        'node',
        ['--input-type=module', '-e', `console.log(import.meta.resolve('${specifier}'))`],
        { cwd: app, encoding: 'utf8' },
      ).trim()
    expect(resolve('payload-plugin-smp-clinic/client')).toMatch(
      /node_modules\/payload-plugin-smp-clinic\/dist\/exports\/client\.js$/,
    )
    expect(resolve('payload-plugin-smp-clinic/rsc')).toMatch(
      /node_modules\/payload-plugin-smp-clinic\/dist\/exports\/rsc\.js$/,
    )

    expect(runApp(app, 'app.mjs')).toEqual(servedByApp())
    // The access matrix's anonymous paths, and a consented gallery published then revoked.
    expect(runApp(app, 'privacyPaths.mjs')).toEqual(privacyPathsHold())
  })
}
