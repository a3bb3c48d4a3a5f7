import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type DevServer = {
  close: () => Promise<void>
  /**
   * Everything the server has written to stdout and stderr so far.
   */
  log: () => string
  url: string
}

export type ServerMode = 'development' | 'production'

/**
 * The command behind `npm run dev` (development) or `npm start` (production, which serves the
 * admin built by `npm run build:admin`).
 */
export const serverCommand = (mode: ServerMode) => [
  `--conditions=${mode}`,
  '--import',
  'tsx',
  'dev/server.ts',
]

/**
 * Starts the app exactly as a newcomer does (admin, API, seeding), on a free port and a fresh
 * SQLite file (`env` overrides any of it), and resolves once it logs that it is ready.
 */
export const startDevServer = async ({
  env = {},
  mode = 'development',
}: { env?: Record<string, string>; mode?: ServerMode } = {}): Promise<DevServer> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'smp-clinic-e2e-'))
  const child: ChildProcess = spawn(process.execPath, serverCommand(mode), {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URI: `file:${dir}/e2e.db`,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: mode,
      PORT: '0',
      UPLOADS_DIR: path.join(dir, 'uploads'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString()
      const ready = /Ready: .*? REST (http:\/\/localhost:\d+)\/api/.exec(log)
      if (ready) {
        resolve(ready[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${log}`)))
  })
  return {
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        // A server that cannot finish its shutdown is not left running after the tests.
        const stuck = setTimeout(() => child.kill('SIGKILL'), 15_000)
        await exited
        clearTimeout(stuck)
      }
      rmSync(dir, { force: true, recursive: true })
    },
    log: () => log,
    url,
  }
}
