/**
 * The Teams (or Outlook) host emulator: a stand-in for the host window, speaking teams-js's postMessage protocol
 * (checked against teams-js 2.58 `internal/communication.js`, `appHelpers.js`, `pages/config.js`
 * and `meeting/meeting.js`):
 *
 *   app → host  { id, uuidAsString, func, args, … }      a request (some expect no reply)
 *   host → app  { id, uuidAsString, args }                the reply to request `id`
 *   host → app  { func, args }                            an event (themeChange, settings.save)
 *
 * It is transport-free: the harness page wires it to an iframe, unit tests to a fake parent.
 */
import { z } from 'zod';
import type { Surface } from '../core/host';
import { STATIC_TAB, surfaceUrl, type HarnessSettings, type TeamsTheme } from './settings';
import { lazySchema } from '../core/shared/lazySchema';

export type HostMessage = { id: number; uuidAsString?: string; args: unknown[] } | { func: string; args: unknown[] };

export type RecordedMessage = { func: string; args: unknown[] };

export type HostEmulatorEvents = {
  /** Every request, as it arrives (for a page-wide log). */
  onRequest?(message: RecordedMessage): void;
  /** The configuration page enabled or disabled Save. */
  onValidityChange?(valid: boolean): void;
  /** The configuration page saved a tab (after `settings.save.success`). */
  onSaved?(config: unknown): void;
  /** The configuration page refused to save (`settings.save.failure`). */
  onSaveFailed?(reason: string): void;
  /** The side panel shared a page to the stage (or stopped sharing: undefined). */
  onShare?(url: string | undefined): void;
  /** The app reported it has loaded (`appInitialization.success`). */
  onReady?(): void;
};

export interface TeamsHostEmulator {
  readonly settings: Readonly<HarnessSettings>;
  /** Every request the app sent, in order. */
  readonly messages: readonly RecordedMessage[];
  /** Event names the app registered handlers for (`themeChange`, `save`, …). */
  readonly handlers: ReadonlySet<string>;
  readonly valid: boolean;
  readonly savedConfig: unknown;
  readonly sharedUrl: string | undefined;
  /** Handles one message from the app (anything else is ignored). */
  receive(data: unknown): void;
  /** Switches the theme and tells the app, as Teams does when the user changes theme. */
  setTheme(theme: TeamsTheme): void;
  /** Presses Save on the configuration dialog; false if the page has not enabled it. */
  save(): boolean;
}

export const FRAME_CONTEXTS: Record<Surface, string> = {
  sidePanel: 'sidePanel',
  meetingStage: 'meetingStage',
  meetingTab: 'content',
  configuration: 'settings',
  personal: 'content',
};

/** teams-js's SDK error codes the harness uses (ErrorCode in public/interfaces). */
const NOT_SUPPORTED_ON_PLATFORM = 100;
const NOT_SUPPORTED_IN_CURRENT_CONTEXT = 501;

/** Requests teams-js sends without waiting for a reply. */
const ONE_WAY = new Set([
  'registerHandler',
  'appInitialization.appLoaded',
  'appInitialization.success',
  'appInitialization.failure',
  'appInitialization.expectedFailure',
  'settings.setValidityState',
  'settings.save.success',
  'settings.save.failure',
  'settings.remove.success',
  'settings.remove.failure',
  'readyToUnload',
]);

const RequestSchema = lazySchema(() =>
  z.object({
    id: z.number().int().nonnegative(),
    uuidAsString: z.string().optional(),
    func: z.string().min(1),
    args: z.array(z.unknown()).optional(),
  }),
);

const TENANT_ID = 'f1c7a0de-0000-4000-8000-00000000aaaa';

/** A stable, obviously fictional object id for a user address. */
export function fictionalObjectId(upn: string): string {
  let h = 2166136261;
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (const ch of `${round}:${upn}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    hex.push(h.toString(16).padStart(8, '0'));
  }
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-8${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

export function hostName(host: HarnessSettings['host']): string {
  return host === 'outlook' ? 'Outlook' : 'Teams';
}

/** Teams's meeting id is the base64 of the meeting chat's thread id wrapped in `0#…#0`. */
export function meetingIdFor(chatId: string): string {
  return btoa(`0#${chatId}#0`);
}

/** The runtime configuration a Teams web client sends with its reply to `initialize`. */
export function runtimeConfig(settings: HarnessSettings): string {
  return JSON.stringify({
    apiVersion: 4,
    isNAAChannelRecommended: settings.nestedAppAuth,
    isLegacyTeams: false,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: {
      appInstallDialog: {},
      meeting: {},
      pages: { config: {}, currentApp: {} },
      teamsCore: {},
      ...(settings.nestedAppAuth ? { nestedAppAuth: {} } : {}),
    },
  });
}

const CLIENT_SDK_VERSION = '2.58.0';

/** The flat ("legacy") context object hosts answer `getContext` with; teams-js converts it. */
export function legacyContext(settings: HarnessSettings): Record<string, unknown> {
  const inMeeting = settings.surface !== 'personal';
  const entityId =
    settings.surface === 'personal'
      ? STATIC_TAB[settings.page]
      : settings.surface === 'configuration'
        ? undefined
        : settings.caseId;
  const context: Record<string, unknown> = {
    frameContext: FRAME_CONTEXTS[settings.surface],
    hostName: hostName(settings.host),
    hostClientType: 'web',
    theme: settings.theme,
    locale: settings.locale,
    userObjectId: fictionalObjectId(settings.user),
    loginHint: settings.user,
    userPrincipalName: settings.user,
    tid: TENANT_ID,
    appSessionId: 'harness-session',
    sessionId: 'harness-host-session',
    isFullScreen: false,
  };
  if (entityId) context.entityId = entityId;
  // A route inside a personal tab opens as a deep link does: the tab, with the route as its sub-page.
  if (settings.surface === 'personal' && settings.page !== entityId) context.subEntityId = settings.page;
  if (inMeeting) {
    context.chatId = settings.chatId;
    context.meetingId = meetingIdFor(settings.chatId);
  }
  return context;
}

export function createHostEmulator(
  initial: HarnessSettings,
  send: (message: HostMessage) => void,
  events: HostEmulatorEvents = {},
): TeamsHostEmulator {
  const settings: HarnessSettings = { ...initial };
  const messages: RecordedMessage[] = [];
  const handlers = new Set<string>();
  let valid = false;
  let pendingConfig: unknown;
  let savedConfig: unknown;
  let sharedUrl: string | undefined;

  const reply = (request: z.infer<typeof RequestSchema>, args: unknown[]) =>
    send({ id: request.id, uuidAsString: request.uuidAsString, args });
  const push = (func: string, args: unknown[] = []) => send({ func, args });
  const sdkError = (errorCode: number, message: string) => ({ errorCode, message });

  function sharingAllowed(): boolean {
    return settings.host === 'teams' && (settings.surface === 'sidePanel' || settings.surface === 'meetingStage');
  }

  function share(request: z.infer<typeof RequestSchema>, args: unknown[]) {
    const url = typeof args[0] === 'string' ? args[0] : '';
    if (!sharingAllowed()) {
      reply(request, [sdkError(NOT_SUPPORTED_IN_CURRENT_CONTEXT, 'API is not supported in current context')]);
      return;
    }
    let sameOrigin: boolean;
    try {
      sameOrigin = new URL(url).origin === globalThis.location.origin;
    } catch {
      sameOrigin = false;
    }
    if (!sameOrigin) {
      // Teams checks the address against the manifest's validDomains; here the app's own origin.
      reply(request, [
        sdkError(NOT_SUPPORTED_IN_CURRENT_CONTEXT, 'API is not supported in current context-Provided URL is invalid'),
      ]);
      return;
    }
    sharedUrl = url;
    reply(request, [null, true]);
    events.onShare?.(url);
  }

  function receive(data: unknown): void {
    const parsed = RequestSchema.safeParse(data);
    if (!parsed.success) return;
    const request = parsed.data;
    const args = request.args ?? [];
    const record = { func: request.func, args };
    messages.push(record);
    events.onRequest?.(record);

    switch (request.func) {
      case 'initialize':
        reply(request, [FRAME_CONTEXTS[settings.surface], 'web', runtimeConfig(settings), CLIENT_SDK_VERSION]);
        return;
      case 'getContext':
        reply(request, [legacyContext(settings)]);
        return;
      case 'registerHandler':
        if (typeof args[0] === 'string') handlers.add(args[0]);
        return;
      case 'appInitialization.success':
        events.onReady?.();
        return;
      case 'settings.setValidityState':
        valid = args[0] === true;
        events.onValidityChange?.(valid);
        return;
      case 'settings.setSettings':
        pendingConfig = args[0];
        reply(request, [true]);
        return;
      case 'settings.getSettings':
        reply(request, [savedConfig ?? { entityId: settings.caseId, contentUrl: surfaceUrl(settings) }]);
        return;
      case 'settings.save.success':
        savedConfig = pendingConfig;
        events.onSaved?.(savedConfig);
        return;
      case 'settings.save.failure':
        events.onSaveFailed?.(typeof args[0] === 'string' ? args[0] : 'The page did not say why.');
        return;
      case 'meeting.getAppContentStageSharingCapabilities':
        reply(request, [null, { doesAppHaveSharePermission: sharingAllowed() }]);
        return;
      case 'meeting.getAppContentStageSharingState':
        reply(request, [null, { isAppSharing: sharedUrl !== undefined }]);
        return;
      case 'meeting.shareAppContentToStage':
        share(request, args);
        return;
      case 'meeting.stopSharingAppContentToStage':
        sharedUrl = undefined;
        reply(request, [null, true]);
        events.onShare?.(undefined);
        return;
      default:
        if (ONE_WAY.has(request.func)) return;
        // Anything else gets an error reply, so the app fails fast instead of waiting for ever.
        reply(request, [sdkError(NOT_SUPPORTED_ON_PLATFORM, `${request.func} is not supported by the host harness`)]);
    }
  }

  return {
    get settings() {
      return settings;
    },
    messages,
    handlers,
    get valid() {
      return valid;
    },
    get savedConfig() {
      return savedConfig;
    },
    get sharedUrl() {
      return sharedUrl;
    },
    receive,
    setTheme(theme) {
      settings.theme = theme;
      push('themeChange', [theme]);
    },
    save() {
      if (settings.surface !== 'configuration' || !valid) return false;
      push('settings.save', [{}]);
      return true;
    },
  };
}
