/**
 * One jest run for the engine, the hosts, the command line and the pane.
 * Pane tests opt into jsdom with a `@jest-environment jsdom` docblock.
 * Type checking is `npm run typecheck`; ts-jest only transpiles (isolatedModules) to stay fast.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  reporters: ['default', ['<rootDir>/test/reporters/summaryLine.js', { label: 'unit' }]],
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  // Tests never fail because a machine is slow: jest's 5 s default timed out pane and parity suites on a
  // loaded 2-core machine. A hung test still fails, after a minute.
  testTimeout: 60_000,
  // jest-dom matchers and the browser APIs Fluent UI needs under jsdom (a no-op in node tests); tracking
  // mode's engine registered for the synchronous evaluateSnapshot, as the command line registers it.
  setupFilesAfterEnv: ['<rootDir>/test/taskpane/setupDom.ts', '<rootDir>/test/setupTrackingEngine.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    // office-addin-manifest pulls an ESM-only dependency that jest on Node 20 cannot load.
    '^office-addin-manifest$': '<rootDir>/test/stubs/officeAddinManifest.ts',
    '\\.(css|png|svg)$': '<rootDir>/test/stubs/asset.ts',
  },
};
