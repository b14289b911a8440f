/**
 * Three projects: core (pure domain, ports, contracts and packaging in node), ui (React surfaces in
 * jsdom) and browser (every surface in real Chromium through the host harness).
 */
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] };
const common = {
  transform,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  clearMocks: true,
  restoreMocks: true,
};

module.exports = {
  // A generous per-test limit: the suites share two cores with a browser; speed is measured in `npm run bench`.
  testTimeout: 30_000,
  reporters: ['default', '<rootDir>/test/summaryReporter.js'],
  projects: [
    {
      ...common,
      displayName: 'core',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/{core,contract,architecture,manifest,adapters}/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/ui/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/test/ui/setup.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/test/browser/globalSetup.js',
      globalTeardown: '<rootDir>/test/browser/globalTeardown.js',
    },
  ],
};
