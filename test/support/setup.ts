import '@testing-library/jest-dom';
import { configure } from '@testing-library/dom';

import { loadCatalogue } from '../../src/i18n/catalogues';

// A page loads the catalogue's areas its views show; a test that renders a screen on its own, or
// calls a use case that keeps its English, has every English area, as the app's Word documents and mail do.
beforeAll(() => loadCatalogue('en-GB'));

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

// jsdom lays nothing out: every `offsetParent` is null and the body measures 0 × 0, which tabster
// reads as "nothing is rendered". A Fluent dialog then finds no field to focus and focuses its own
// surface, which tabster never counts as inside the modal, so the open dialog stays `aria-hidden` as
// it never does in a browser (where it focuses its first field). Here an element counts as rendered
// unless it or an ancestor is hidden in a way jsdom can see, and the body has a window's size.
if (typeof HTMLElement === 'function') {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement): Element | null {
      const shown = (e: HTMLElement | null): boolean =>
        !e || (!e.hidden && e.style.display !== 'none' && shown(e.parentElement));
      return this === this.ownerDocument.body || !shown(this) ? null : this.parentElement;
    },
  });
  HTMLBodyElement.prototype.getBoundingClientRect = function bodyRect(): DOMRect {
    return { x: 0, y: 0, top: 0, left: 0, right: 1024, bottom: 768, width: 1024, height: 768, toJSON: () => ({}) };
  };
}
