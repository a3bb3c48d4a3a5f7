import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from './freePort.js'

/**
 * `npm run build:admin`: the production build of the admin and the reference site (`next build`).
 * The site's pages are prerendered from the CMS's GraphQL API, so one must answer during the
 * build: `SITE_API_ORIGIN` when it names a running CMS, else one started here for the length of
 * the build (API only, production mode, on the configured database, as `npm start` would use
 * it). It starts beside the compile, which takes longer, so it costs the build little time. A page
 * whose CMS does not answer is rendered per request instead, and the build says so.
 */
const dirname = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(dirname, '..')

const exited = (child: ChildProcess) =>
  new Promise<number>((resolve) =>
    child.exitCode !== null
      ? resolve(child.exitCode)
      : child.once('exit', (code) => resolve(code ?? 1)),
  )

const started = Date.now()
let cms: ChildProcess | undefined
let apiOrigin = process.env.SITE_API_ORIGIN
if (!apiOrigin && !process.env.PAYLOAD_SECRET) {
  // The CMS started here runs in production mode, which needs the secret `npm start` will use;
  // without it every page would wait for a CMS that never comes.
  console.error(
    'npm run build:admin needs PAYLOAD_SECRET (it starts the CMS the site is prerendered from), or SITE_API_ORIGIN naming a running CMS.',
  )
  process.exit(1)
}
if (!apiOrigin) {
  const port = await freePort()
  apiOrigin = `http://127.0.0.1:${port}`
  cms = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'dev/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      API_ONLY: 'true',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      NODE_ENV: 'production',
      PORT: String(port),
      SERVER_URL: apiOrigin,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  cms.once('exit', (code) => {
    if (code) {
      console.warn(`The CMS for the build exited with ${code}: pages will be rendered per request.`)
    }
  })
}

const build = spawn(
  process.execPath,
  [path.join(root, 'node_modules/next/dist/bin/next'), 'build', 'dev'],
  {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_API_ORIGIN: apiOrigin },
    stdio: 'inherit',
  },
)
const status = await exited(build)
if (cms && cms.exitCode === null) {
  cms.kill('SIGTERM')
  await exited(cms)
}
console.log(`Admin and site built in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
process.exit(status)
