import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { smpClinicPlugin } from '../src/index.js'
import { databaseAdapter } from './databaseAdapter.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The plugin alone, with its default options, for `npm run generate:document-types`: the
 * document types the package ships (`payload-plugin-smp-clinic/types`). Only types are generated
 * from it; it never starts.
 */
export default buildConfig({
  collections: [],
  db: databaseAdapter('file::memory:'),
  editor: lexicalEditor(),
  plugins: [smpClinicPlugin()],
  secret: 'types-only',
  telemetry: false,
  typescript: {
    declare: false,
    outputFile: path.resolve(dirname, '../src/generated/documentTypes.ts'),
  },
})
