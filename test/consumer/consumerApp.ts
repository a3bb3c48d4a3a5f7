import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * What an agency does: pack the plugin as it would be published, then install the tarball into a
 * fresh app that depends only on registry packages.
 */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

/** The lowest Payload the peer range admits (`^3.59.0 || ^4.0.0-canary.36` gives `3.59.0`). */
export const lowestPayload = (): string => {
  const range = String(own.peerDependencies.payload)
  const match = /^\^(\d+\.\d+\.\d+)(?: \|\| \^4\.0\.0-canary\.\d+)?$/.exec(range)
  if (!match) {
    throw new Error(
      `The payload peer range "${range}" is not of the form ^x.y.z (|| ^4.0.0-canary.n)`,
    )
  }
  return match[1]!
}

/**
 * Where the consumer leg's global setup (`packOnce.mjs`) left the tarball it packed for every app.
 */
export const packedTarballVariable = 'SMP_PACKED_PLUGIN'

/**
 * Puts the packed plugin in `workdir` and returns the tarball's file name: a copy of the one the
 * leg packed once, or (a file run on its own) packed here.
 */
export const packPlugin = (workdir: string): string => {
  const packed = process.env[packedTarballVariable]
  if (packed) {
    copyFileSync(packed, path.join(workdir, path.basename(packed)))
    return path.basename(packed)
  }
  npm(['pack', '--pack-destination', workdir], root)
  return readdirSync(workdir).find((file) => file.endsWith('.tgz'))!
}

/**
 * Creates `<workdir>/<name>` with the given registry dependencies plus the packed plugin, copies
 * the named scripts from `test/consumer/app` and runs `npm install` there.
 */
export const installApp = ({
  dependencies,
  name,
  scripts,
  tarball,
  workdir,
}: {
  dependencies: Record<string, string>
  name: string
  scripts: string[]
  tarball: string
  workdir: string
}): string => {
  const app = path.join(workdir, name)
  mkdirSync(app, { recursive: true })
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({
      dependencies: { ...dependencies, 'payload-plugin-smp-clinic': `file:../${tarball}` },
      name,
      private: true,
      type: 'module',
    }),
  )
  for (const script of scripts) {
    copyFileSync(path.join(root, 'test/consumer/app', script), path.join(app, script))
  }
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline'], app)
  return app
}

/** Runs a script of the app and returns the JSON it printed last. */
export const runApp = (
  app: string,
  script: string,
  args: string[] = [],
  nodeFlags: string[] = [],
): any => {
  const output = execFileSync(
    'node',
    ['--conditions=production', ...nodeFlags, script, app, ...args],
    {
      cwd: app,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  return JSON.parse(output.trim().split('\n').at(-1)!)
}

/** The installed version of a package of the app. */
export const installedVersion = (app: string, name: string): string =>
  JSON.parse(readFileSync(path.join(app, 'node_modules', name, 'package.json'), 'utf8')).version

/**
 * What `app.mjs` prints on any supported Payload: the seeded article read over REST, and nothing
 * a visitor must not see (the draft it adds, the fictitious samples).
 */
export const servedByApp = () => ({
  drafts: 1,
  draftVisible: 0,
  faqs: 5,
  readingTime: expect.any(Number),
  samplesVisible: 0,
  status: 200,
  title: 'Scalp Micropigmentation: A Solution for Hair Loss',
})

/**
 * What `privacyPaths.mjs` must print on every Payload it runs on: the draft FAQ hidden on every
 * path a visitor has, the consented gallery shown on each, and hidden on each once the consent is
 * revoked (the gallery itself back to draft).
 */
export const privacyPathsHold = () => {
  const gallery = (shown: boolean) => ({
    byId: shown ? 200 : 404,
    count: shown ? 1 : 0,
    file: shown ? 200 : 403,
    graphQLById: shown,
    graphQLList: shown ? 1 : 0,
    image: shown ? 200 : 404,
    list: shown ? 1 : 0,
  })
  return {
    draftFaq: {
      byId: 404,
      count: 0,
      graphQLById: false,
      graphQLLinked: false,
      graphQLList: 0,
      linkedAtDepth0: false,
      linkedAtDepth1: false,
      list: 0,
      versions: 403,
      whereRelated: 0,
    },
    gallery: { revoked: gallery(false), revokedStatus: 'draft', shown: gallery(true) },
  }
}

/**
 * The registry packages `privacyPaths.mjs` needs beside Payload: its GraphQL schema builder (at
 * the app's Payload version) and sharp for the photos' sizes.
 */
export const privacyPathsDependencies = (payloadVersion: string) => ({
  '@payloadcms/graphql': payloadVersion,
  sharp: own.devDependencies.sharp as string,
})
