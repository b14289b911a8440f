/** @jest-environment jsdom */
/**
 * The host harness: its address parameters, its answers to the real teams-js, and the page that
 * frames a surface.
 */
import { getByLabelText, getByRole } from '@testing-library/dom';
import { type HarnessApi, mountHarness } from '../../src/harness/harnessPage';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { tabConfigurationFor } from '../../src/core/host';
import { legacyContext } from '../../src/harness/hostEmulator';
import { declaresContext, readManifest, TAB_ENDPOINT } from '../../src/harness/manifestUrls';
import { harnessQuery, parseHarnessQuery, surfaceUrl } from '../../src/harness/settings';
import { type FakeParent, installFakeParent, loadHostAdapter } from '../adapters/host/fakeParent';

/** The packaged manifest, read from disk, not through the harness's own import. */
const packaged = JSON.parse(readFileSync(join(__dirname, '../../manifest/manifest.json'), 'utf8')) as {
  configurableTabs: { configurationUrl: string }[];
  staticTabs: { entityId: string; contentUrl: string }[];
};
const configurableTab = packaged.configurableTabs[0]!;
const staticTabs = packaged.staticTabs;
const fromManifest = (url: string) => url.replace('${{TAB_ENDPOINT}}', window.location.origin);

describe('harness address', () => {
  it('reads every parameter', () => {
    const { settings, problems } = parseHarnessQuery(
      '?surface=meetingTab&host=outlook&theme=contrast&page=panels&caseId=case-ashdown&chatId=19:abc@thread.v2&user=sam.okafor@council.example.gov.uk&locale=en-GB&naa=1',
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      surface: 'meetingTab',
      host: 'outlook',
      theme: 'contrast',
      page: 'panels',
      caseId: 'case-ashdown',
      chatId: '19:abc@thread.v2',
      user: 'sam.okafor@council.example.gov.uk',
      locale: 'en-GB',
      nestedAppAuth: true,
    });
    expect(parseHarnessQuery(harnessQuery(settings)).settings).toEqual({ ...settings, page: 'my-actions' });
  });

  it.each([
    ['my-actions', 'my-actions', undefined],
    ['panels', 'panels', undefined],
    ['panels/actions', 'panels', 'panels/actions'],
    ['outbox', 'my-actions', 'outbox'],
  ] as const)('opens the personal page %s in the manifest’s %s tab, as a deep link to %s', (page, tab, sub) => {
    const { settings, problems } = parseHarnessQuery(`?surface=personal&page=${encodeURIComponent(page)}`);
    expect(problems).toEqual([]);
    expect(settings.page).toBe(page);
    expect(parseHarnessQuery(harnessQuery(settings)).settings.page).toBe(page);
    expect(surfaceUrl(settings)).toBe(fromManifest(staticTabs.find((t) => t.entityId === tab)!.contentUrl));
    expect(legacyContext(settings).entityId).toBe(tab);
    expect(legacyContext(settings).subEntityId).toBe(sub);
  });

  it('reports an unknown personal page and opens My actions', () => {
    const { settings, problems } = parseHarnessQuery('?surface=personal&page=admin');
    expect(settings.page).toBe('my-actions');
    expect(problems).toEqual([
      'The “page” parameter was ignored: expected one of my-actions, panels, panels/actions, panels/audit, outbox, accessibility.',
    ]);
  });

  it('reports a bad parameter and keeps the default', () => {
    const { settings, problems } = parseHarnessQuery('?surface=lobby&caseId=<script>&theme=dark');
    expect(settings.surface).toBe('sidePanel');
    expect(settings.caseId).toBeUndefined();
    expect(settings.theme).toBe('dark');
    expect(problems).toEqual([
      'The “surface” parameter was ignored: expected one of sidePanel, meetingStage, meetingTab, configuration, personal.',
      'The “caseId” parameter was ignored: expected letters, digits and . _ : @ = - only.',
    ]);
  });

  it.each(['sidePanel', 'meetingStage', 'meetingTab'] as const)(
    'loads the address the configuration page saves in the %s frame',
    (surface) => {
      const saved = tabConfigurationFor(window.location.origin, { id: 'case-ashdown', reference: 'MP-1' }).contentUrl;
      expect(surfaceUrl({ surface, page: 'panels', caseId: 'case-ashdown' })).toBe(saved);
      expect(saved).toBe('http://localhost/tab.html?caseId=case-ashdown');
    },
  );

  it('loads the configuration and personal pages from the packaged manifest', () => {
    expect(surfaceUrl({ surface: 'configuration', page: 'panels' })).toBe(
      fromManifest(configurableTab.configurationUrl),
    );
    expect(surfaceUrl({ surface: 'personal', page: 'panels' })).toBe('http://localhost/personal.html#/panels');
  });

  it('pretends the area’s Microsoft 365 site in the personal tab’s address only when asked', () => {
    const { settings, problems } = parseHarnessQuery('?surface=personal&page=panels&site=refused');
    expect(problems).toEqual([]);
    expect(settings.site).toBe('refused');
    expect(parseHarnessQuery(harnessQuery(settings)).settings.site).toBe('refused');
    expect(surfaceUrl(settings)).toBe('http://localhost/personal.html?site=refused#/panels');
    expect(parseHarnessQuery('?site=maybe').problems).toEqual([
      'The “site” parameter was ignored: expected one of new, refused.',
    ]);
  });

  it('follows whatever the manifest says, with its endpoint placeholder replaced by the origin', () => {
    const moved = readManifest({
      configurableTabs: [{ configurationUrl: `${TAB_ENDPOINT}/setup/choose.html`, context: ['meetingSidePanel'] }],
      staticTabs: [{ entityId: 'panels', contentUrl: `${TAB_ENDPOINT}/p.html#/panels` }],
    });
    const origin = 'https://mappa.example.gov.uk';
    expect(surfaceUrl({ surface: 'configuration', page: 'panels' }, origin, moved)).toBe(
      'https://mappa.example.gov.uk/setup/choose.html',
    );
    expect(surfaceUrl({ surface: 'personal', page: 'panels/actions' }, origin, moved)).toBe(
      'https://mappa.example.gov.uk/p.html#/panels',
    );
    expect(() => surfaceUrl({ surface: 'personal', page: 'my-actions' }, origin, moved)).toThrow(
      'The manifest declares no personal tab “my-actions”.',
    );
    expect(declaresContext(moved, 'sidePanel')).toBe(true);
    expect(declaresContext(moved, 'meetingStage')).toBe(false);
  });
});

describe('the Teams host emulator answering the real teams-js', () => {
  let parent: FakeParent | undefined;
  let teams: ReturnType<typeof loadHostAdapter>['teams'] | undefined;
  afterEach(() => {
    teams?.app._uninitialize();
    parent?.restore();
  });

  it('answers a call it does not support with an error instead of leaving the app waiting', async () => {
    parent = installFakeParent({ surface: 'sidePanel' });
    teams = loadHostAdapter().teams;
    await teams.app.initialize();
    const error = await new Promise((resolve) => teams?.meeting.getMeetingDetails((e) => resolve(e)));
    expect(error).toEqual({
      errorCode: 100,
      message: 'meeting.getMeetingDetails is not supported by the host harness',
    });
    expect(parent.host.messages.map((m) => m.func)).toEqual(['initialize', 'meeting.getMeetingDetails']);
  });

  it('answers initialize with the frame context and a runtime whose capabilities teams-js accepts', async () => {
    parent = installFakeParent({ surface: 'configuration', host: 'outlook' });
    teams = loadHostAdapter().teams;
    await teams.app.initialize();
    expect(teams.app.getFrameContext()).toBe('settings');
    expect(teams.pages.config.isSupported()).toBe(true);
    const context = await teams.app.getContext();
    expect(context.app.host.name).toBe('Outlook');
    expect(context.user?.userPrincipalName).toBe('helen.marsh@probation.example.gov.uk');
  });

  it('reports stage sharing state after a share and stops on request', async () => {
    parent = installFakeParent({ surface: 'sidePanel' });
    teams = loadHostAdapter().teams;
    await teams.app.initialize();
    const call = <T>(f: (cb: (e: unknown, r: T) => void) => void) =>
      new Promise<T>((resolve) => f((_e, r) => resolve(r)));
    await call<boolean>((cb) => teams?.meeting.shareAppContentToStage(cb as never, 'http://localhost/stage.html'));
    await expect(call((cb) => teams?.meeting.getAppContentStageSharingState(cb as never))).resolves.toEqual({
      isAppSharing: true,
    });
    await call((cb) => teams?.meeting.stopSharingAppContentToStage(cb as never));
    expect(parent.host.sharedUrl).toBeUndefined();
  });
});

describe('harness page', () => {
  let harness: HarnessApi;
  let root: HTMLElement;

  function mount(search: string) {
    window.history.replaceState(null, '', `/harness.html${search}`);
    root = document.createElement('div');
    document.body.replaceChildren(root);
    harness = mountHarness(root, window);
  }

  const surfaceFrame = () => root.querySelector('iframe') as HTMLIFrameElement;

  /** Sends a teams-js-shaped request from a frame, as its content window would. */
  function request(frame: HTMLIFrameElement, id: number, func: string, args: unknown[] = []) {
    const event = new MessageEvent('message', {
      data: { id, uuidAsString: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`, func, args },
      origin: window.location.origin,
    });
    Object.defineProperty(event, 'source', { value: frame.contentWindow });
    window.dispatchEvent(event);
  }

  function postsTo(frame: HTMLIFrameElement) {
    const win = frame.contentWindow as Window;
    return jest.spyOn(win, 'postMessage').mockImplementation(() => undefined);
  }

  afterEach(() => window.history.replaceState(null, '', '/'));

  it('frames the side panel at 280 px inside a 320 px panel, with labelled controls', () => {
    mount('?surface=sidePanel&caseId=case-ashdown');
    expect(surfaceFrame().getAttribute('src')).toBe('http://localhost/tab.html?caseId=case-ashdown');
    expect(surfaceFrame().className).toBe('frame-sidePanel');
    expect(surfaceFrame().title).toBe('MAPPA Panel: meeting side panel');
    expect((getByLabelText(root, 'Surface') as HTMLSelectElement).value).toBe('sidePanel');
    expect((getByLabelText(root, 'Host') as HTMLSelectElement).value).toBe('teams');
    expect((getByLabelText(root, 'Theme') as HTMLSelectElement).value).toBe('default');
    // Signed in by default as the chair of the Level 3 demo case, so the demo shows their panels and actions.
    expect((getByLabelText(root, 'Signed in as') as HTMLSelectElement).value).toBe(
      'helen.marsh@probation.example.gov.uk',
    );
    const css = document.head.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/\.surface-sidePanel \{ width: 320px;[^}]*padding: 0 20px/);
    expect(css).toMatch(/\.frame-sidePanel \{ width: 280px/);
    expect(css).toMatch(/\.frame-meetingStage \{ width: 918px; height: 540px/);
  });

  it('answers the framed surface and records what it sent', () => {
    mount('?surface=meetingTab&host=outlook&caseId=case-ashdown&theme=dark');
    const frame = surfaceFrame();
    const post = postsTo(frame);
    request(frame, 0, 'initialize', ['2.58.0', 4, null]);
    request(frame, 1, 'getContext');
    expect(post.mock.calls[0]?.[0]).toMatchObject({
      id: 0,
      args: ['content', 'web', expect.stringContaining('"apiVersion":4'), '2.58.0'],
    });
    expect(post.mock.calls[1]?.[0]).toMatchObject({
      id: 1,
      args: [
        expect.objectContaining({
          frameContext: 'content',
          hostName: 'Outlook',
          theme: 'dark',
          entityId: 'case-ashdown',
        }),
      ],
    });
    expect(post.mock.calls[0]?.[1]).toBe(window.location.origin);
    expect(harness.messages.map((m) => `${m.frame}:${m.func}`)).toEqual(['surface:initialize', 'surface:getContext']);
  });

  it('ignores messages from other windows', () => {
    mount('?surface=meetingTab');
    const post = postsTo(surfaceFrame());
    const stray = new MessageEvent('message', {
      data: { id: 0, func: 'initialize', args: [] },
      origin: window.location.origin,
    });
    window.dispatchEvent(stray);
    expect(post).not.toHaveBeenCalled();
    expect(harness.messages).toHaveLength(0);
  });

  it('switches theme live and keeps it in the address', () => {
    mount('?surface=sidePanel');
    const frame = surfaceFrame();
    const post = postsTo(frame);
    const theme = getByLabelText(root, 'Theme') as HTMLSelectElement;
    theme.value = 'contrast';
    theme.dispatchEvent(new Event('change'));
    expect(post).toHaveBeenCalledWith({ func: 'themeChange', args: ['contrast'] }, window.location.origin);
    expect(surfaceFrame()).toBe(frame);
    expect(window.location.search).toContain('theme=contrast');
    harness.setTheme('dark');
    expect(post).toHaveBeenLastCalledWith({ func: 'themeChange', args: ['dark'] }, window.location.origin);
    expect(theme.value).toBe('dark');
  });

  it('enables Save when the configuration page is valid and shows what it saved', () => {
    mount('?surface=configuration');
    const frame = surfaceFrame();
    const post = postsTo(frame);
    const save = getByRole(root, 'button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(harness.save()).toBe(false);

    request(frame, 0, 'initialize');
    request(frame, 1, 'settings.setValidityState', [true]);
    expect(save.disabled).toBe(false);
    save.click();
    expect(post).toHaveBeenLastCalledWith({ func: 'settings.save', args: [{}] }, window.location.origin);

    const tab = {
      entityId: 'case-ashdown',
      contentUrl: 'http://localhost/tab.html?caseId=case-ashdown',
      suggestedDisplayName: 'MAPPA panel',
    };
    request(frame, 2, 'settings.setSettings', [tab]);
    expect(post).toHaveBeenLastCalledWith(expect.objectContaining({ id: 2, args: [true] }), window.location.origin);
    request(frame, 3, 'settings.save.success');
    expect(harness.savedConfig).toEqual(tab);
    expect(root.querySelector('output')?.textContent).toContain('"entityId":"case-ashdown"');
  });

  it('opens a shared page in a stage-sized frame with its own host', () => {
    mount('?surface=sidePanel&caseId=case-ashdown');
    const frame = surfaceFrame();
    const post = postsTo(frame);
    request(frame, 0, 'initialize');
    request(frame, 1, 'meeting.getAppContentStageSharingCapabilities');
    expect(post).toHaveBeenLastCalledWith(
      expect.objectContaining({ args: [null, { doesAppHaveSharePermission: true }] }),
      window.location.origin,
    );
    request(frame, 2, 'meeting.shareAppContentToStage', [
      'http://localhost/tab.html?caseId=case-ashdown',
      { sharingProtocol: 'Collaborative' },
    ]);
    expect(post).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 2, args: [null, true] }),
      window.location.origin,
    );
    expect(harness.sharedUrl).toBe('http://localhost/tab.html?caseId=case-ashdown');

    const stage = root.querySelector('iframe.frame-meetingStage') as HTMLIFrameElement;
    expect(stage.getAttribute('src')).toBe('http://localhost/tab.html?caseId=case-ashdown');
    const stagePost = postsTo(stage);
    request(stage, 0, 'initialize');
    expect(stagePost.mock.calls[0]?.[0]).toMatchObject({
      id: 0,
      args: ['meetingStage', 'web', expect.any(String), expect.any(String)],
    });
    expect(harness.messages.at(-1)).toMatchObject({ frame: 'stage', func: 'initialize' });
  });

  it('shows the side panel’s tab on the stage when Teams’ own share button is pressed', () => {
    mount('?surface=sidePanel&caseId=case-ashdown');
    const panel = surfaceFrame();
    expect(root.querySelectorAll('iframe')).toHaveLength(1);
    getByRole(root, 'button', { name: 'Share to stage (Teams)' }).click();
    const stage = root.querySelector('iframe.frame-meetingStage') as HTMLIFrameElement;
    // The same address the side panel loaded, in a frame whose host says meetingStage.
    expect(stage.src).toBe(panel.src);
    const stagePost = postsTo(stage);
    request(stage, 0, 'initialize');
    expect(stagePost.mock.calls[0]?.[0]).toMatchObject({
      id: 0,
      args: ['meetingStage', 'web', expect.any(String), expect.any(String)],
    });
  });

  it('offers no Teams share button where Teams has none', () => {
    mount('?surface=sidePanel&host=outlook&caseId=case-ashdown');
    expect(root.querySelector('.teams-share')).toBeNull();
    expect(harness.shareFromTeams()).toBe(false);
    mount('?surface=meetingTab&caseId=case-ashdown');
    expect(harness.shareFromTeams()).toBe(false);
  });

  it('rebuilds the frame when the surface changes', () => {
    mount('?surface=sidePanel');
    const surface = getByLabelText(root, 'Surface') as HTMLSelectElement;
    surface.value = 'personal';
    surface.dispatchEvent(new Event('change'));
    expect(surfaceFrame().getAttribute('src')).toBe('http://localhost/personal.html#/my-actions');
    expect(window.location.search).toContain('surface=personal');
  });
});
