/**
 * The browser suite: the production pane (dist/) in headless Chromium against the fake Excel.
 * Run it with `npm run test:browser` (runBrowserTests.ts: skips cleanly without /usr/bin/chromium).
 * One browser for the whole run (globalSetup), test files one after another.
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  testEnvironment: 'node',
  reporters: ['default', ['<rootDir>/test/reporters/summaryLine.js', { label: 'browser' }]],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  globalSetup: '<rootDir>/test/browser/globalSetup.ts',
  globalTeardown: '<rootDir>/test/browser/globalTeardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
  slowTestThreshold: 30,
};
