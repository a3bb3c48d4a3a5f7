import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type DevServer = {
  close: () => Promise<void>
  /**
   * Whether the process has ended (on its own, or killed).
   */
  exited: () => boolean
  /**
   * Sends the process a signal and resolves once it has ended (`SIGKILL`: a crash, with nothing
   * cleaned up).
   */
  kill: (signal?: NodeJS.Signals) => Promise<void>
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

export type LaunchedServer = {
  exited: DevServer['exited']
  kill: DevServer['kill']
  log: DevServer['log']
  /**
   * Resolves once the server logs that it is ready; rejects if it exits first.
   */
  ready: Promise<DevServer>
}

/**
 * Starts the app exactly as a newcomer does (admin, API, seeding), on a free port and a fresh
 * SQLite file (`env` overrides any of it), without waiting for it: a test may kill it at any
 * point of its start.
 */
export const launchDevServer = ({
  env = {},
  mode = 'development',
}: { env?: Record<string, string>; mode?: ServerMode } = {}): LaunchedServer => {
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
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const exited = () => child.exitCode !== null || child.signalCode !== null
  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (!exited()) {
      child.kill(signal)
    }
    await ended
  }
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString()
      const ready = /Ready: .*? REST (http:\/\/localhost:\d+)\/api/.exec(log)
      if (ready) {
        resolve(ready[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code, signal) =>
      reject(new Error(`server exited with ${code ?? signal}:\n${log}`)),
    )
  })
  // Whoever kills the server before it is ready does not wait for it to be.
  url.catch(() => undefined)
  const ready = url.then((address): DevServer => ({
    close: async () => {
      // What the server logged as errors, so a failure a test saw as a 500 shows its cause.
      const errors = log.split('\n').filter((line) => /"level":(50|60)/.test(line))
      if (errors.length) {
        console.log(`${address} logged errors:\n${errors.slice(0, 10).join('\n').slice(0, 8000)}`)
      }
      if (!exited()) {
        child.kill('SIGTERM')
        // A server that cannot finish its shutdown is not left running after the tests.
        const stuck = setTimeout(() => child.kill('SIGKILL'), 15_000)
        await ended
        clearTimeout(stuck)
      }
      rmSync(dir, { force: true, recursive: true })
    },
    exited,
    kill,
    log: () => log,
    url: address,
  }))
  ready.catch(() => undefined)
  return { exited, kill, log: () => log, ready }
}

/**
 * Starts the app exactly as a newcomer does (admin, API, seeding), on a free port and a fresh
 * SQLite file (`env` overrides any of it), and resolves once it logs that it is ready.
 */
export const startDevServer = (
  options: Parameters<typeof launchDevServer>[0] = {},
): Promise<DevServer> => launchDevServer(options).ready
