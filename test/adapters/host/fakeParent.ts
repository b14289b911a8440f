/**
 * Puts a fake host window behind `window.parent` so the real teams-js, loaded fresh for a test,
 * talks to the harness's fake host exactly as it would to Teams: messages are cloned and delivered
 * asynchronously, and replies arrive as same-origin `message` events from the parent.
 */
import type * as TeamsJsModule from '@microsoft/teams-js';
import type * as HostAdapterModule from '../../../src/adapters/host/teamsHost';
import { createFakeHost, type FakeHost, type FakeHostEvents, type HostMessage } from '../../../src/harness/fakeHost';
import { DEFAULT_SETTINGS, type HarnessSettings } from '../../../src/harness/settings';

export type FakeParent = { host: FakeHost; restore(): void };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function installFakeParent(
  overrides: Partial<HarnessSettings> = {},
  options: { silent?: boolean; events?: FakeHostEvents } = {},
): FakeParent {
  const parentWindow = {
    closed: false,
    postMessage(data: unknown) {
      if (options.silent) return;
      void Promise.resolve().then(() => host.receive(clone(data)));
    },
  };
  const send = (message: HostMessage) => {
    void Promise.resolve().then(() => {
      const event = new MessageEvent('message', { data: clone(message), origin: window.location.origin });
      // jsdom only accepts real windows as an event source; teams-js just compares identities.
      Object.defineProperty(event, 'source', { value: parentWindow });
      window.dispatchEvent(event);
    });
  };
  const host = createFakeHost({ ...DEFAULT_SETTINGS, caseId: 'case-ashdown', ...overrides }, send, options.events);
  const original = Object.getOwnPropertyDescriptor(window, 'parent');
  Object.defineProperty(window, 'parent', { configurable: true, get: () => parentWindow });
  return {
    host,
    restore() {
      if (original) Object.defineProperty(window, 'parent', original);
      else delete (window as { parent?: unknown }).parent;
    },
  };
}

type TeamsJs = typeof TeamsJsModule;
type HostModule = typeof HostAdapterModule;

/** Loads teams-js and the host adapter afresh: teams-js keeps its state in module scope. */
export function loadHostAdapter(): { teams: TeamsJs; adapter: HostModule } {
  let loaded: { teams: TeamsJs; adapter: HostModule } | undefined;
  jest.isolateModules(() => {
    loaded = {
      teams: jest.requireActual<TeamsJs>('@microsoft/teams-js'),
      adapter: jest.requireActual<HostModule>('../../../src/adapters/host/teamsHost'),
    };
  });
  if (!loaded) throw new Error('The host adapter did not load.');
  return loaded;
}
