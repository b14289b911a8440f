import '@testing-library/jest-dom';

// teams-js fetches its list of valid origins when it loads; jsdom has no fetch, and tests have no network.
if (!('fetch' in globalThis)) {
  Object.defineProperty(globalThis, 'fetch', {
    configurable: true,
    writable: true,
    value: () => Promise.reject(new Error('No network in tests')),
  });
}
