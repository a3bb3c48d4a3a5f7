import { execFileSync } from 'node:child_process'
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  copyFileSync,
  readdirSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * What an agency does on day one: pack the plugin as it would be published, install the tarball
 * into a fresh Payload app that depends only on registry packages, boot it on SQLite with the
 * plugin seeding, and read the article over REST.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

let workdir: string
beforeAll(() => {
  workdir = mkdtempSync(path.join(tmpdir(), 'smp-clinic-consumer-'))
})
afterAll(() => {
  rmSync(workdir, { force: true, recursive: true })
})

test('a fresh Payload app installs the packed plugin, boots, seeds and serves the article', () => {
  npm(['pack', '--pack-destination', workdir], root)
  const tarball = readdirSync(workdir).find((file) => file.endsWith('.tgz'))!
  const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
  const version = (name: string) => own.devDependencies[name] as string

  const app = path.join(workdir, 'app')
  execFileSync('mkdir', ['-p', app])
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({
      dependencies: {
        '@payloadcms/db-sqlite': version('@payloadcms/db-sqlite'),
        '@payloadcms/richtext-lexical': version('@payloadcms/richtext-lexical'),
        graphql: version('graphql'),
        payload: version('payload'),
        'payload-plugin-smp-clinic': `file:../${tarball}`,
      },
      name: 'agency-site',
      private: true,
      type: 'module',
    }),
  )
  copyFileSync(path.join(root, 'test/consumer/app/app.mjs'), path.join(app, 'app.mjs'))
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline'], app)

  const installed = JSON.parse(
    readFileSync(path.join(app, 'node_modules/payload-plugin-smp-clinic/package.json'), 'utf8'),
  )
  expect(installed.version).toBe(own.version)
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

  const output = execFileSync('node', ['--conditions=production', 'app.mjs', app], {
    cwd: app,
    encoding: 'utf8',
  })
  const result = JSON.parse(output.trim().split('\n').at(-1)!)
  expect(result).toEqual({
    faqs: 5,
    readingTime: expect.any(Number),
    status: 200,
    title: 'Scalp Micropigmentation: A Solution for Hair Loss',
  })
})
