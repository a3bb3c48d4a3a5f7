import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createConnection } from 'node:net'

import { freePort } from '../../dev/freePort.js'

/**
 * A Redis server of the test's own, on a port of its own, that the test may kill and start again
 * (the machine's shared Redis is never touched). In memory only (a restart comes back empty, as a
 * Redis without persistence does), or with `persist` its append-only file in a folder of its own
 * (a restart comes back with every version it had).
 */
export type ThrowawayRedis = {
  /** `kill -9`: every connection drops at once. */
  kill: () => Promise<void>
  /** `SIGSTOP`: connections stay open and nothing answers (a stalled host), until `resume`. */
  pause: () => void
  port: number
  resume: () => void
  /** Started again on the same port (and, with `persist`, the same data). */
  start: () => Promise<void>
  /** Stopped for good (its data removed). */
  stop: () => Promise<void>
  url: string
}

const binary = '/usr/bin/redis-server'

/**
 * Why a throwaway Redis cannot be had here, or undefined when it can.
 */
export const throwawayRedisMissing = (): string | undefined =>
  existsSync(binary) || spawnSync('redis-server', ['--version']).status === 0
    ? undefined
    : 'no redis-server binary (Debian package `redis-server`)'

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.once('error', () => resolve(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
  })

export const startThrowawayRedis = async ({
  persist = false,
}: { persist?: boolean } = {}): Promise<ThrowawayRedis> => {
  const port = await freePort()
  const dir = persist ? mkdtempSync(path.join(tmpdir(), 'smp-redis-')) : undefined
  let child: ChildProcess | undefined
  const start = async () => {
    child = spawn(
      existsSync(binary) ? binary : 'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        ...(dir
          ? ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir]
          : ['--appendonly', 'no']),
      ],
      { stdio: 'ignore' },
    )
    const deadline = Date.now() + 10_000
    while (!(await answers(port))) {
      if (Date.now() > deadline) {
        throw new Error(`redis-server did not answer on port ${port}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const end = async (signal: NodeJS.Signals) => {
    const running = child
    child = undefined
    if (running && running.exitCode === null && running.signalCode === null) {
      const exited = new Promise((resolve) => running.once('exit', resolve))
      running.kill(signal)
      await exited
    }
  }
  await start()
  return {
    kill: () => end('SIGKILL'),
    pause: () => child?.kill('SIGSTOP'),
    port,
    resume: () => child?.kill('SIGCONT'),
    start,
    stop: async () => {
      await end('SIGTERM')
      if (dir) {
        rmSync(dir, { force: true, recursive: true })
      }
    },
    url: `redis://127.0.0.1:${port}`,
  }
}
