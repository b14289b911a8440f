/**
 * Two projects: unit (everything but the browser tests; `test/` mirrors `src/`, and a file that
 * renders React or needs the DOM says so with a `@jest-environment jsdom` docblock) and browser
 * (every surface in real Chromium through the host harness).
 */
const transform = { '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] };
const common = {
  transform,
  // FormatJS ships ES modules only; Jest on Node 20 runs CommonJS, so those packages are compiled too.
  transformIgnorePatterns: ['/node_modules/(?!(@formatjs|intl-messageformat)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  clearMocks: true,
  restoreMocks: true,
};

module.exports = {
  // A generous per-test limit: the suites share two cores with a browser; speed is measured in `npm run bench`.
  testTimeout: 90_000,
  reporters: ['default', '<rootDir>/test/summaryReporter.js'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.{ts,tsx}'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
      setupFilesAfterEnv: ['<rootDir>/test/support/setup.ts'],
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
