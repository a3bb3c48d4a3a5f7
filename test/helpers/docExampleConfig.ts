import type { SanitizedConfig } from 'payload'

/**
 * `@payload-config` for the examples of docs/FRONTEND.md: the config of the test's own server.
 */
const config = (globalThis as { smpDocExampleConfig?: Promise<SanitizedConfig> | SanitizedConfig })
  .smpDocExampleConfig
if (!config) {
  throw new Error(
    'Set globalThis.smpDocExampleConfig before loading an example that imports @payload-config.',
  )
}
export default config
