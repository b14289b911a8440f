/** @jest-environment jsdom */
/**
 * The host adapter against the real teams-js, with the harness's fake host behind window.parent.
 */
import { waitFor } from '@testing-library/dom';
import type { HostPort, Surface } from '../../../src/core/host';
import { fictionalObjectId, type HostMessage, meetingIdFor } from '../../../src/harness/hostEmulator';
import { DEFAULT_SETTINGS, type HarnessSettings } from '../../../src/harness/settings';
import { type FakeParent, installFakeParent, loadHostAdapter } from './fakeParent';

let parent: FakeParent | undefined;
let teams: ReturnType<typeof loadHostAdapter>['teams'] | undefined;

function connect(overrides: Partial<HarnessSettings> = {}, timeoutMs?: number): Promise<HostPort> {
  parent = installFakeParent(overrides);
  const loaded = loadHostAdapter();
  teams = loaded.teams;
  return loaded.adapter.connectHost(timeoutMs === undefined ? {} : { timeoutMs });
}

afterEach(() => {
  // Drops teams-js's message listener so the next test's fresh copy is alone.
  teams?.app._uninitialize();
  teams = undefined;
  parent?.restore();
  parent = undefined;
  jest.useRealTimers();
  window.history.replaceState(null, '', '/');
});

const user = 'priya.shah@police.example.gov.uk';

describe('inside a host', () => {
  const meetingSurfaces: [Surface, HarnessSettings['host'], boolean][] = [
    ['sidePanel', 'teams', true],
    ['meetingStage', 'teams', true],
    ['meetingTab', 'teams', false],
    ['configuration', 'teams', false],
    ['sidePanel', 'outlook', false],
    ['meetingTab', 'outlook', false],
    ['configuration', 'outlook', false],
  ];

  it.each(meetingSurfaces)('maps the %s frame under host %s', async (surface, host, stageSharing) => {
    const port = await connect({ surface, host, user, caseId: 'case-ashdown', theme: 'dark', locale: 'en-GB' });
    const { context } = port;
    expect(context.surface).toBe(surface);
    expect(context.host).toBe(host);
    expect(context.theme).toBe('dark');
    expect(context.locale).toBe('en-GB');
    expect(context.user).toEqual({
      id: fictionalObjectId(user),
      name: user,
      loginHint: user,
      tenantId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(context.meeting).toEqual({ id: meetingIdFor(DEFAULT_SETTINGS.chatId), chatId: DEFAULT_SETTINGS.chatId });
    expect(context.pageId).toBe(surface === 'configuration' ? undefined : 'case-ashdown');
    expect(context.capabilities).toEqual({
      stageSharing,
      tabConfiguration: surface === 'configuration',
      nestedAppAuth: false,
    });
  });

  it.each([
    ['my-actions', 'teams'],
    ['panels', 'teams'],
    ['my-actions', 'outlook'],
    ['panels', 'outlook'],
  ] as const)('maps the personal page %s under host %s', async (page, host) => {
    const port = await connect({ surface: 'personal', host, page });
    expect(port.context).toMatchObject({ surface: 'personal', host, pageId: page });
    expect(port.context.meeting).toBeUndefined();
    expect(port.context.capabilities.stageSharing).toBe(false);
  });

  it('maps the high-contrast theme and a host that recommends Nested App Authentication', async () => {
    const port = await connect({ surface: 'meetingTab', theme: 'contrast', nestedAppAuth: true });
    expect(port.context.theme).toBe('highContrast');
    expect(port.context.capabilities.nestedAppAuth).toBe(true);
  });

  it('passes theme changes to every subscriber until it unsubscribes', async () => {
    const port = await connect({ surface: 'sidePanel', theme: 'default' });
    expect(port.context.theme).toBe('light');
    const first = jest.fn();
    const second = jest.fn();
    port.onThemeChange(first);
    const unsubscribe = port.onThemeChange(second);
    expect(parent?.host.handlers.has('themeChange')).toBe(true);

    parent?.host.setTheme('contrast');
    await waitFor(() => expect(first).toHaveBeenCalledWith('highContrast'));
    expect(second).toHaveBeenCalledWith('highContrast');

    unsubscribe();
    parent?.host.setTheme('dark');
    await waitFor(() => expect(first).toHaveBeenCalledWith('dark'));
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('runs the configuration save flow: validity, setSettings, then save success', async () => {
    const port = await connect({ surface: 'configuration' });
    expect(parent?.host.save()).toBe(false); // Save stays disabled until the page says the choice is valid.

    port.onConfigurationSave(() => ({
      entityId: 'case-ashdown',
      contentUrl: '/tab.html?caseId=case-ashdown',
      suggestedDisplayName: 'MAPPA panel',
    }));
    port.setConfigurationValid(true);
    await waitFor(() => expect(parent?.host.valid).toBe(true));

    expect(parent?.host.save()).toBe(true);
    await waitFor(() => expect(parent?.host.savedConfig).toBeDefined());
    expect(parent?.host.savedConfig).toEqual({
      entityId: 'case-ashdown',
      contentUrl: 'http://localhost/tab.html?caseId=case-ashdown',
      websiteUrl: 'http://localhost/tab.html?caseId=case-ashdown',
      suggestedDisplayName: 'MAPPA panel',
    });
    const funcs = parent?.host.messages.map((m) => m.func) ?? [];
    expect(funcs).toContain('settings.setValidityState');
    expect(funcs.indexOf('settings.setSettings')).toBeLessThan(funcs.indexOf('settings.save.success'));
  });

  it('tells the host why a save failed when the page gives an unusable tab', async () => {
    const failures: string[] = [];
    parent = installFakeParent({ surface: 'configuration' }, { events: { onSaveFailed: (r) => failures.push(r) } });
    const loaded = loadHostAdapter();
    teams = loaded.teams;
    const port = await loaded.adapter.connectHost();
    port.onConfigurationSave(() => ({ entityId: ' ', contentUrl: '/tab.html', suggestedDisplayName: 'MAPPA panel' }));
    port.setConfigurationValid(true);
    await waitFor(() => expect(parent?.host.valid).toBe(true));
    parent.host.save();
    await waitFor(() => expect(failures).toEqual(['The tab could not be saved: the tab needs a case to show.']));
    expect(parent.host.messages.map((m) => m.func)).not.toContain('settings.setSettings');
  });

  it('shares a page to the stage from the side panel', async () => {
    const port = await connect({ surface: 'sidePanel' });
    await port.shareToStage('/tab.html?caseId=case-ashdown');
    expect(parent?.host.sharedUrl).toBe('http://localhost/tab.html?caseId=case-ashdown');
    const share = parent?.host.messages.find((m) => m.func === 'meeting.shareAppContentToStage');
    expect(share?.args[0]).toBe('http://localhost/tab.html?caseId=case-ashdown');
  });

  it('rejects with a clear error when the stage refuses the address', async () => {
    const port = await connect({ surface: 'sidePanel' });
    await expect(port.shareToStage('https://elsewhere.example.org/tab.html')).rejects.toThrow(
      /meeting stage did not show the page \(code 501\): .*Provided URL is invalid/,
    );
    expect(parent?.host.sharedUrl).toBeUndefined();
  });

  it('does not offer the stage in Outlook, which has none', async () => {
    const port = await connect({ surface: 'sidePanel', host: 'outlook' });
    await expect(port.shareToStage('/tab.html?caseId=case-ashdown')).rejects.toThrow(
      'This meeting does not let the app share to the stage.',
    );
    expect(parent?.host.messages.map((m) => m.func)).not.toContain('meeting.shareAppContentToStage');
  });

  it('tells the host once that the surface is ready', async () => {
    const port = await connect({ surface: 'meetingTab' });
    port.notifyReady();
    port.notifyReady();
    await waitFor(() => expect(parent?.host.messages.map((m) => m.func)).toContain('appInitialization.success'));
    expect(parent?.host.messages.filter((m) => m.func === 'appInitialization.success')).toHaveLength(1);
  });
});

describe('the meeting page chooses its view from the host', () => {
  it.each([
    ['sidePanel', 'sidePanel'],
    ['meetingStage', 'meetingStage'],
    ['meetingTab', 'meetingTab'],
  ] as const)('shows the %s view where the host says the frame is %s', async (surface, view) => {
    // The same saved address in every frame: only the host's frame context differs.
    window.history.replaceState(null, '', '/tab.html?caseId=case-ashdown');
    parent = installFakeParent({ surface });
    const loaded = loadHostAdapter();
    teams = loaded.teams;
    const handshake = await loaded.handshake.shakeHands(1000);
    expect(loaded.handshake.meetingViewFor(handshake)).toBe(view);
  });

  it('never shows the stage because of the address alone', async () => {
    window.history.replaceState(
      null,
      '',
      '/tab.html?caseId=case-ashdown&frameContext=meetingStage&surface=meetingStage',
    );
    const loaded = loadHostAdapter();
    teams = loaded.teams;
    const handshake = await loaded.handshake.shakeHands(1000);
    expect(handshake.kind).toBe('none');
    expect(loaded.handshake.meetingViewFor(handshake)).toBe('meetingTab');
  });

  it('does not offer stage sharing where the host does not support pages', async () => {
    // A host whose runtime leaves out pages: teams-js then reports pages.isSupported() false.
    const withoutPages = (message: HostMessage): HostMessage => {
      if (!('id' in message) || typeof message.args[2] !== 'string' || !message.args[2].includes('"supports"')) {
        return message;
      }
      const runtime = JSON.parse(message.args[2]) as { supports: Record<string, unknown> };
      delete runtime.supports.pages;
      return { ...message, args: [message.args[0], message.args[1], JSON.stringify(runtime), message.args[3]] };
    };
    parent = installFakeParent({ surface: 'sidePanel' }, { rewrite: withoutPages });
    const loaded = loadHostAdapter();
    teams = loaded.teams;
    const port = await loaded.adapter.connectHost();
    expect(loaded.teams.pages.isSupported()).toBe(false);
    expect(port.context.capabilities.stageSharing).toBe(false);
    expect(parent.host.messages.map((m) => m.func)).not.toContain('meeting.getAppContentStageSharingCapabilities');
    await expect(port.shareToStage('/tab.html?caseId=case-ashdown')).rejects.toThrow(
      'This meeting does not let the app share to the stage.',
    );
  });
});

describe('without a host', () => {
  it('falls back to plain-browser mode at once when there is no parent window', async () => {
    window.history.replaceState(null, '', '/tab.html?caseId=case-ashdown');
    const loaded = loadHostAdapter();
    teams = loaded.teams;
    const port = await loaded.adapter.connectHost();
    expect(port.context).toEqual({
      host: 'browser',
      // Only a host can make the meeting page the side panel or the stage: alone it is the editor.
      surface: 'meetingTab',
      theme: 'light',
      locale: expect.any(String),
      pageId: 'case-ashdown',
      capabilities: { stageSharing: false, tabConfiguration: false, nestedAppAuth: false },
    });
    await expect(port.shareToStage('/tab.html?caseId=case-ashdown')).rejects.toThrow(
      'only works inside a Teams meeting',
    );
  });

  it.each([
    ['/tab.html?caseId=case-ashdown', 'meetingTab'],
    ['/config.html', 'configuration'],
    ['/personal.html#/panels', 'personal'],
    ['/', 'personal'],
  ] as const)('reads the surface of %s from the address', async (path, surface) => {
    window.history.replaceState(null, '', path);
    const loaded = loadHostAdapter();
    teams = loaded.teams;
    const port = await loaded.adapter.connectHost();
    expect(port.context.surface).toBe(surface);
    if (path.includes('#/panels')) expect(port.context.pageId).toBe('panels');
  });

  it('falls back after the default one-second timeout when the parent never answers', async () => {
    jest.useFakeTimers();
    parent = installFakeParent({}, { silent: true });
    const loaded = loadHostAdapter();
    teams = loaded.teams;
    const pending = loaded.adapter.connectHost();
    let settled = false;
    void pending.finally(() => (settled = true));
    await jest.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    const port = await pending;
    expect(port.context.host).toBe('browser');
  });

  it('falls back after a shorter timeout when asked', async () => {
    parent = installFakeParent({}, { silent: true });
    const loaded = loadHostAdapter();
    teams = loaded.teams;
    const port = await loaded.adapter.connectHost({ timeoutMs: 20 });
    expect(port.context.host).toBe('browser');
    expect(parent.host.messages).toHaveLength(0);
  });
});
