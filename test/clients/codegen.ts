import type { CodegenConfig } from '@graphql-codegen/cli'

const config: CodegenConfig = {
  // The plugin's SDL as `npm run generate:schema` writes it; a site can name its CMS's
  // `https://…/api/graphql` instead, or a copy of this file.
  schema: '../../dev/schema.graphql',
  documents: 'site/**/*.graphql',
  generates: {
    'site/gql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        // Rich text and other JSON fields stay `unknown` until the site narrows them; dates are
        // ISO strings on the wire.
        scalars: {
          DateTime: 'string',
          EmailAddress: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
        },
        strictScalars: true,
        useTypeImports: true,
      },
    },
  },
}

export default config
