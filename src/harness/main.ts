// The host harness (local development and browser tests only): frames a surface and answers teams-js.
import { type HarnessApi, mountHarness } from './harnessPage';

declare global {
  interface Window {
    harness?: HarnessApi;
  }
}

const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
window.harness = mountHarness(root, window);
