/**
 * Jest runs TypeScript as native ESM through SWC; Node needs --experimental-vm-modules for that
 * (set by the npm scripts).
 */
export default {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  reporters: ['default', '<rootDir>/test/helpers/summaryReporter.cjs'],
  testSequencer: '<rootDir>/test/helpers/longFirstSequencer.mjs',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The consumer test packs and installs the plugin: its own leg, `npm run test:consumer`.
  // Several app servers share one database only on a database server: the multi-instance test
  // runs in the Postgres leg (`npm run test:postgres`) and is left out of the others.
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/consumer/',
    '<rootDir>/test/e2e/',
    // Kills servers and databases again and again: its own leg, `npm run test:faults`.
    '<rootDir>/test/faults/',
    // `npm test` is the fast tier a newcomer runs; the fuzz, load and concurrency runs, the SQL
    // statement counts and the typed-client build run in CI (`npm run test:robustness`) and in
    // the database legs (SMP_TEST_TIER=all).
    // Suites named `*.realtime.test.ts` wait for instants to pass on the real clock (the poller's
    // timer firing at an embargo's end), and `*.exhaustive.test.ts` generate every case of a
    // matrix (the access matrix; the fast tier checks the same promises case by case): they run
    // there too.
    ...(process.env.SMP_TEST_TIER === 'all'
      ? []
      : [
          '<rootDir>/test/robustness/',
          '<rootDir>/test/clients/',
          '\\.(realtime|exhaustive)\\.test\\.ts$',
        ]),
    ...(process.env.PAYLOAD_DATABASE === 'postgres' ? [] : ['<rootDir>/test/multiInstance/']),
    // A database leg runs the real-clock suites in a process of their own first (runLeg.ts): a
    // long in-band run's heap makes garbage-collection pauses their clocks would count.
    ...(process.env.SMP_TEST_REALTIME === 'skip' ? ['\\.realtime\\.test\\.ts$'] : []),
  ],
  testTimeout: 60_000,
  // Each test file boots its own Payload; a process that ran dozens of them holds gigabytes that
  // garbage collection can no longer free, and every later file runs at a fraction of its speed.
  // A worker past this much after a file is replaced by a fresh one. (It takes workers: the
  // long legs run with --maxWorkers=1, not --runInBand, which would keep everything in one heap.)
  workerIdleMemoryLimit: '1GB',
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
}
