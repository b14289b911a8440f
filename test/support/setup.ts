import '@testing-library/jest-dom';
import { configure } from '@testing-library/dom';

// teams-js fetches its list of valid origins when it loads; jsdom has no fetch, and tests have no network.
if (!('fetch' in globalThis)) {
  Object.defineProperty(globalThis, 'fetch', {
    configurable: true,
    writable: true,
    value: () => Promise.reject(new Error('No network in tests')),
  });
}

// jsdom lacks these browser APIs; stored documents are plain JSON, so a JSON round trip is the same copy.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
}
// Fluent components observe their own size; layout does not exist in jsdom.
if (typeof globalThis.ResizeObserver !== 'function') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
if (typeof performance.mark !== 'function') {
  Object.defineProperty(performance, 'mark', { configurable: true, value: () => undefined });
}

// Screens load their dialogs and sections lazily; on a shared two-core machine running the browser
// tests alongside, that can outlast testing-library's one-second default. A wait ends as soon as the
// element is there, so a longer budget slows no passing test (speed is measured in `npm run bench`).
configure({ asyncUtilTimeout: 15_000 });
