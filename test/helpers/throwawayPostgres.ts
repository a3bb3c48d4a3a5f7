import { execFile, execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from '../../dev/freePort.js'

/**
 * A Postgres cluster of the test's own, on a port of its own, that the test may restart and kill
 * as it likes: the machine's shared server is never touched. It is made with the machine's
 * `initdb` and `pg_ctl` (Debian's `postgresql` package); Postgres refuses to run as root, so as
 * root the cluster belongs to the `postgres` system user.
 */
export type ThrowawayPostgres = {
  /**
   * `kill -9` of the postmaster: the database crashes, its children follow, nothing is shut
   * down cleanly.
   */
  crash: () => void
  /**
   * The postmaster's process id, or undefined while the cluster is down.
   */
  pid: () => number | undefined
  port: number
  remove: () => Promise<void>
  /**
   * `pg_ctl restart -m fast`: connections are ended (57P01) and the database comes back.
   */
  restart: () => Promise<void>
  start: () => Promise<void>
  stop: () => Promise<void>
  /**
   * A connection string for `database` (created first with `createDatabase`).
   */
  uri: (database?: string) => string
}

const binDir = (): string | undefined => {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) {
    return undefined
  }
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined
}

/**
 * Why a throwaway cluster cannot be made here, or undefined when it can.
 */
export const throwawayPostgresMissing = (): string | undefined =>
  binDir() ? undefined : 'no initdb under /usr/lib/postgresql (Debian package postgresql)'

/**
 * Runs one of the cluster's commands as its owner, without blocking this process (the test's own
 * requests go on while the database restarts).
 */
const asOwner = (command: string, args: string[]) =>
  new Promise<string>((resolve, reject) => {
    const [file, argv] =
      process.getuid?.() === 0
        ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
        : [command, args]
    execFile(file, argv, { encoding: 'utf8' }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${path.basename(command)} ${args.join(' ')}: ${stderr || stdout}`))
        : resolve(stdout),
    )
  })

export const startThrowawayPostgres = async (): Promise<ThrowawayPostgres> => {
  const bin = binDir()
  if (!bin) {
    throw new Error(throwawayPostgresMissing())
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'smp-clinic-pg-'))
  const data = path.join(dir, 'data')
  if (process.getuid?.() === 0) {
    const { uid, gid } = userIds('postgres')
    chownSync(dir, uid, gid)
  }
  const port = await freePort()
  await asOwner(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
  ])
  // Fast and private: no fsync (a crash of the whole machine is not what is tested), the socket
  // in the cluster's own folder, loopback only.
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c max_connections=60',
  ].join(' ')
  const ctl = (...args: string[]) =>
    asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-w', '-t', '60', ...args])
  const pid = () => {
    try {
      return Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0])
    } catch {
      return undefined
    }
  }
  await ctl('-l', path.join(dir, 'log'), 'start')
  return {
    crash: () => {
      const postmaster = pid()
      if (postmaster) {
        process.kill(postmaster, 'SIGKILL')
      }
    },
    pid,
    port,
    remove: async () => {
      await ctl('-m', 'immediate', 'stop').catch(() => undefined)
      rmSync(dir, { force: true, recursive: true })
    },
    restart: async () => {
      await ctl('-m', 'fast', '-l', path.join(dir, 'log'), 'restart')
    },
    start: async () => {
      await ctl('-l', path.join(dir, 'log'), 'start')
    },
    stop: async () => {
      await ctl('-m', 'fast', 'stop')
    },
    uri: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
  }
}

const userIds = (name: string) => {
  const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim())
  const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim())
  return { gid, uid }
}
