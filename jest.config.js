/**
 * Jest runs TypeScript as native ESM through SWC; Node needs --experimental-vm-modules for that
 * (set by the npm scripts).
 */
export default {
  extensionsToTreatAsEsm: ['.ts'],
  reporters: ['default', '<rootDir>/test/helpers/summaryReporter.cjs'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The consumer test packs and installs the plugin: its own leg, `npm run test:consumer`.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/consumer/', '<rootDir>/test/e2e/'],
  testTimeout: 60_000,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
}
