import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  // Generated files: payload-types.ts and migrations are written by Payload's own commands,
  // test/clients/site/gql by GraphQL Code Generator in its test, dev/app/(site)/_gql by
  // `npm run generate:site`.
  {
    ignores: [
      'node_modules',
      'dist',
      'dev/payload-types.ts',
      'src/generated',
      'dev/uploads',
      'dev/migrations',
      'dev/.next',
      'dev/next-env.d.ts',
      'dev/app/(payload)/admin/importMap.js',
      'dev/app/(site)/_gql',
      'test/clients/site/gql',
      'test/.doc-examples',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    // Configuration files are the one place default exports are expected.
    files: [
      '*.config.{js,ts}',
      'dev/*.config.{ts,mjs}',
      'dev/app/**/*.tsx',
      'test/clients/codegen.ts',
      // Stands in for `@payload-config`, which is a default export.
      'test/helpers/docExampleConfig.ts',
      // Describes modules whose own export is a default one.
      'test/types/*.d.ts',
      // Jest takes a test sequencer and a global setup from their modules' default exports.
      'test/helpers/longFirstSequencer.mjs',
      'test/consumer/packOnce.mjs',
    ],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
