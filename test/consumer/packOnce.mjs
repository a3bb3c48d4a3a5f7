import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The consumer leg's global setup: packs the plugin once, before any app installs it, so the apps
 * can install in parallel (two packs at once would rebuild the same `dist` under each other).
 * Jest starts its workers after this, with the tarball's path in their environment under the
 * name `packPlugin` (consumerApp.ts) looks for. Plain JavaScript: Jest loads a global setup
 * without the test files' module mapping.
 */
export default function packOnce() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const dir = mkdtempSync(path.join(tmpdir(), 'smp-clinic-pack-'))
  execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: root, stdio: 'ignore' })
  const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz'))
  process.env.SMP_PACKED_PLUGIN = path.join(dir, tarball)
}
