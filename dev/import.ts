import { readFile } from 'node:fs/promises'
import { getPayload } from 'payload'

import { importExternalReviews } from '../src/index.js'

/**
 * `npm run import -- reviews.csv [--platform trustpilot]`: imports a CSV or JSON export of reviews
 * from another platform into the database named by DATABASE_URI (the embedded SQLite file when
 * unset). `npm run import -- --google-place <place id>` adds the clinic's Google profile, whose
 * reviews the site links to (Google's terms do not allow storing them). A file with any problem
 * imports nothing and exits with 1, naming each row and field.
 */
const args = process.argv.slice(2)
const valueOf = (flag: string) => {
  const index = args.indexOf(flag)
  return index === -1 ? undefined : args[index + 1]
}
const googlePlaceId = valueOf('--google-place')
const platform = valueOf('--platform')
const file = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'))
if (!googlePlaceId && !file) {
  console.error(
    'Usage: npm run import -- <file.csv|file.json> [--platform <key>]\n       npm run import -- --google-place <place id>',
  )
  process.exit(2)
}

const config = await import('./payload.config.js').then((module) => module.default)
const payload = await getPayload({ config })
let exitCode = 0
try {
  const result = await importExternalReviews({
    format: file && /\.json$/i.test(file) ? 'json' : 'csv',
    googlePlaceId,
    payload,
    platform,
    text: file ? await readFile(file, 'utf8') : undefined,
  })
  payload.logger.info(
    `Import finished: ${result.created} stored, ${result.skipped} already there, of ${result.total}.`,
  )
} catch (error) {
  const problems = (error as { data?: { errors?: { message: string; path: string }[] } }).data
    ?.errors
  payload.logger.error(
    problems?.length
      ? `Nothing was imported:\n${problems.map(({ message, path }) => `  ${path}: ${message}`).join('\n')}`
      : `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`,
  )
  exitCode = 1
}
await payload.destroy()
process.exit(exitCode)
