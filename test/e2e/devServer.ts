import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type DevServer = { close: () => Promise<void>; url: string }

/**
 * Starts `npm run dev`'s server exactly as a newcomer does (admin, API, seeding), on a free port
 * and a fresh SQLite file, and resolves once it logs that it is ready.
 */
export const startDevServer = async (): Promise<DevServer> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'smp-clinic-e2e-'))
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'dev/server.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URI: `file:${dir}/e2e.db`,
        NODE_ENV: 'development',
        PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let log = ''
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString()
      const ready = /Ready: admin (http:\/\/localhost:\d+)\/admin/.exec(log)
      if (ready) {
        resolve(ready[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => reject(new Error(`dev server exited with ${code}:\n${log}`)))
  })
  return {
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      rmSync(dir, { force: true, recursive: true })
    },
    url,
  }
}
