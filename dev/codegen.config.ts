import type { CodegenConfig } from '@graphql-codegen/cli'

/**
 * The reference site's typed queries (`npm run generate:site`): each `.graphql` file beside its
 * page becomes a typed document in `app/(site)/_gql/`, checked against the committed SDL as a
 * separate frontend would check it against its CMS.
 */
const config: CodegenConfig = {
  schema: 'dev/schema.graphql',
  // Parentheses are glob syntax: the route group's are matched as characters.
  documents: 'dev/app/[(]site[)]/**/*.graphql',
  generates: {
    'dev/app/(site)/_gql/': {
      preset: 'client',
      // No fragment masking: the pages read what they select, with no unmasking step.
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as plain strings: the site sends them with fetch and needs no GraphQL parser.
        documentMode: 'string',
        // Relative imports end in `.js`, as everywhere else in the dev app.
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
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
