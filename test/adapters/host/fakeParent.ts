/**
 * Puts a fake host window behind `window.parent` so the real teams-js, loaded fresh for a test,
 * talks to the harness's Teams host emulator exactly as it would to Teams: messages are cloned and delivered
 * asynchronously, and replies arrive as same-origin `message` events from the parent.
 */
import type * as TeamsJsModule from '@microsoft/teams-js';
import type * as HandshakeModule from '../../../src/adapters/host/hostHandshake';
import type * as HostAdapterModule from '../../../src/adapters/host/teamsHost';
import {
  createHostEmulator,
  type TeamsHostEmulator,
  type HostEmulatorEvents,
  type HostMessage,
} from '../../../src/harness/hostEmulator';
import { DEFAULT_SETTINGS, type HarnessSettings } from '../../../src/harness/settings';

export type FakeParent = { host: TeamsHostEmulator; restore(): void };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function installFakeParent(
  overrides: Partial<HarnessSettings> = {},
  /** `rewrite` changes a message on its way to the app (a host that answers differently). */
  options: { silent?: boolean; events?: HostEmulatorEvents; rewrite?: (message: HostMessage) => HostMessage } = {},
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
      const data = clone(options.rewrite ? options.rewrite(message) : message);
      const event = new MessageEvent('message', { data, origin: window.location.origin });
      // jsdom only accepts real windows as an event source; teams-js just compares identities.
      Object.defineProperty(event, 'source', { value: parentWindow });
      window.dispatchEvent(event);
    });
  };
  const host = createHostEmulator({ ...DEFAULT_SETTINGS, caseId: 'case-ashdown', ...overrides }, send, options.events);
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
type Handshake = typeof HandshakeModule;

/** Loads teams-js and the host adapter afresh: teams-js keeps its state in module scope. */
export function loadHostAdapter(): { teams: TeamsJs; adapter: HostModule; handshake: Handshake } {
  let loaded: { teams: TeamsJs; adapter: HostModule; handshake: Handshake } | undefined;
  jest.isolateModules(() => {
    loaded = {
      teams: jest.requireActual<TeamsJs>('@microsoft/teams-js'),
      adapter: jest.requireActual<HostModule>('../../../src/adapters/host/teamsHost'),
      handshake: jest.requireActual<Handshake>('../../../src/adapters/host/hostHandshake'),
    };
  });
  if (!loaded) throw new Error('The host adapter did not load.');
  return loaded;
}
