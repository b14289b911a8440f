/**
 * The host harness page: a small toolbar, the chosen surface in a frame sized as Teams sizes it,
 * and a Teams host emulator answering the surface's teams-js messages. Each frame loads what Teams
 * would: the addresses in the packaged manifest and the tab the configuration page saved. When the
 * app shares to the stage, or the side panel's own Teams "Share to stage" button is pressed, the
 * page opens in a second, stage-sized frame whose emulator says `meetingStage`.
 * Plain DOM (no React) so the harness adds nothing to what the surfaces themselves load.
 */
import type { Surface } from '../core/host';
import { createHostEmulator, type TeamsHostEmulator, type RecordedMessage } from './hostEmulator';
import { declaresContext, readManifest } from './manifestUrls';
import {
  DEMO_USERS,
  HOSTS,
  type HarnessSettings,
  harnessQuery,
  parseHarnessQuery,
  SURFACE_LABELS,
  SURFACES,
  surfaceUrl,
  TEAMS_THEMES,
  type TeamsTheme,
} from './settings';
import { HARNESS_CSS } from './styles';

export type LoggedMessage = RecordedMessage & { frame: 'surface' | 'stage' };

/** What browser tests reach as `window.harness`. */
export type HarnessApi = {
  readonly messages: readonly LoggedMessage[];
  readonly settings: Readonly<HarnessSettings>;
  readonly sharedUrl: string | undefined;
  readonly savedConfig: unknown;
  readonly saveEnabled: boolean;
  setTheme(theme: TeamsTheme): void;
  /** Presses Save on the configuration dialog; false if the page has not enabled it. */
  save(): boolean;
  /**
   * Presses Teams' own "Share to stage" in the side panel's header, which shows the side panel's
   * tab (its saved address) on the stage; false where Teams offers no such button.
   */
  shareFromTeams(): boolean;
};

const HOST_LABELS = { teams: 'Microsoft Teams', outlook: 'Outlook' } as const;
const THEME_LABELS: Record<TeamsTheme, string> = { default: 'Light', dark: 'Dark', contrast: 'High contrast' };
/** Teams display languages to try the app in; `qps-ploc` is the pseudo-locale that shows text outside the catalogue. */
const LOCALES = ['en-GB', 'cy-GB', 'qps-ploc'] as const;
const LOCALE_LABELS: Record<string, string> = {
  'en-GB': 'English (UK)',
  'cy-GB': 'Cymraeg',
  'qps-ploc': 'Pseudo-locale',
};
const COLOUR_SCHEME: Record<TeamsTheme, string> = { default: 'light', dark: 'dark', contrast: 'dark' };

type Props<K extends keyof HTMLElementTagNameMap> = Partial<HTMLElementTagNameMap[K]> & {
  [attribute: `aria-${string}`]: string;
  role?: string;
};

/** Creates an element; `aria-*` and `role` become attributes (ARIA reflection is not everywhere yet). */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Props<K> = {},
  ...children: (Node | string)[]
) {
  const node = doc.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'role' || key.startsWith('aria-')) node.setAttribute(key, String(value));
    else Object.assign(node, { [key]: value });
  }
  node.append(...children);
  return node;
}

function select<T extends string>(
  doc: Document,
  id: string,
  label: string,
  options: readonly T[],
  value: T,
  text: (o: T) => string,
) {
  const control = el(doc, 'select', { id, name: id });
  for (const o of options) control.append(el(doc, 'option', { value: o, selected: o === value }, text(o)));
  const wrapper = el(doc, 'div', { className: 'field' }, el(doc, 'label', { htmlFor: id }, label), control);
  return { wrapper, control };
}

function frameTitle(surface: Surface): string {
  return `MAPPA Panel: ${SURFACE_LABELS[surface].toLowerCase()}`;
}

export function mountHarness(root: HTMLElement, win: Window = window): HarnessApi {
  const doc = root.ownerDocument;
  const { settings: initial, problems } = parseHarnessQuery(win.location.search);
  let settings: HarnessSettings = initial;
  const log: LoggedMessage[] = [];

  const style = el(doc, 'style', {}, HARNESS_CSS);
  doc.head.append(style);
  doc.title = `MAPPA Panel host harness: ${SURFACE_LABELS[settings.surface]}`;

  // Toolbar.
  const surfaceSelect = select(doc, 'harness-surface', 'Surface', SURFACES, settings.surface, (s) => SURFACE_LABELS[s]);
  const hostSelect = select(doc, 'harness-host', 'Host', HOSTS, settings.host, (h) => HOST_LABELS[h]);
  const themeSelect = select(doc, 'harness-theme', 'Theme', TEAMS_THEMES, settings.theme, (t) => THEME_LABELS[t]);
  const users = DEMO_USERS.includes(settings.user) ? DEMO_USERS : [settings.user, ...DEMO_USERS];
  const userSelect = select(doc, 'harness-user', 'Signed in as', users, settings.user, (u) => u);
  const locales = (LOCALES as readonly string[]).includes(settings.locale) ? LOCALES : [settings.locale, ...LOCALES];
  const localeSelect = select(
    doc,
    'harness-locale',
    'Language',
    locales,
    settings.locale,
    (l) => LOCALE_LABELS[l] ?? l,
  );
  const directLink = el(doc, 'a', { className: 'direct' }, 'Open without a host');
  const toolbar = el(
    doc,
    'form',
    { className: 'toolbar', 'aria-label': 'Host harness settings' },
    el(doc, 'h1', {}, 'Host harness'),
    surfaceSelect.wrapper,
    hostSelect.wrapper,
    themeSelect.wrapper,
    userSelect.wrapper,
    localeSelect.wrapper,
    directLink,
  );
  toolbar.addEventListener('submit', (e) => e.preventDefault());

  const notices = el(doc, 'div', { className: 'notices' });
  for (const p of problems) notices.append(el(doc, 'p', { className: 'notice', role: 'alert' }, p));
  const stageNotice = el(
    doc,
    'p',
    { className: 'notice', hidden: true },
    'Outlook has no meeting stage; the harness shows the stage as Teams would.',
  );
  notices.append(stageNotice);

  const main = el(doc, 'main', { className: 'frames' });
  const shell = el(doc, 'div', { className: 'harness' }, toolbar, notices, main);
  root.replaceChildren(shell);

  const manifest = readManifest();
  // Frames and their host emulators; rebuilt when the surface, host or user changes.
  let surfaceHost: TeamsHostEmulator | undefined;
  let stageHost: TeamsHostEmulator | undefined;
  let surfaceFrame: HTMLIFrameElement | undefined;
  let stageFrame: HTMLIFrameElement | undefined;
  let saveButton: HTMLButtonElement | undefined;

  const postTo = (frame: () => HTMLIFrameElement | undefined) => (message: unknown) =>
    frame()?.contentWindow?.postMessage(message, win.location.origin);

  win.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== win.location.origin) return;
    if (surfaceFrame && event.source === surfaceFrame.contentWindow) surfaceHost?.receive(event.data);
    else if (stageFrame && event.source === stageFrame.contentWindow) stageHost?.receive(event.data);
  });

  function showStage(url: string | undefined) {
    stageFrame?.closest('section')?.remove();
    stageFrame = undefined;
    stageHost = undefined;
    if (!url) return;
    const frame = el(doc, 'iframe', {
      title: `${frameTitle('meetingStage')} (shared)`,
      src: url,
      className: 'frame-meetingStage',
    });
    stageHost = createHostEmulator(
      { ...settings, surface: 'meetingStage' },
      postTo(() => frame),
      {
        onRequest: (m) => log.push({ ...m, frame: 'stage' }),
      },
    );
    stageFrame = frame;
    main.append(
      el(
        doc,
        'section',
        { className: 'surface surface-stage', 'aria-label': 'Meeting stage (shared)' },
        el(doc, 'h2', {}, 'Shared to the meeting stage'),
        el(doc, 'p', { className: 'shared-url' }, el(doc, 'code', {}, url)),
        frame,
      ),
    );
  }

  /** Teams shows its own share button in a side panel whose app may share to the stage (not in Outlook). */
  const teamsShareOffered = () =>
    settings.surface === 'sidePanel' && settings.host === 'teams' && declaresContext(manifest, 'meetingStage');

  function shareFromTeams(): boolean {
    if (!teamsShareOffered() || !surfaceFrame) return false;
    // Teams shares the whole tab: the address it loaded in the side panel, now in the stage frame.
    showStage(surfaceFrame.src);
    return true;
  }

  function build() {
    const url = surfaceUrl(settings, win.location.origin, manifest);
    directLink.href = url;
    doc.documentElement.style.colorScheme = COLOUR_SCHEME[settings.theme];
    shell.dataset.theme = settings.theme;
    stageNotice.hidden = !(settings.host === 'outlook' && settings.surface === 'meetingStage');
    main.replaceChildren();
    stageFrame = undefined;
    stageHost = undefined;
    saveButton = undefined;

    const frame = el(doc, 'iframe', {
      title: frameTitle(settings.surface),
      src: url,
      className: `frame-${settings.surface}`,
    });
    const status = el(doc, 'output', { className: 'status', 'aria-live': 'polite' });
    surfaceHost = createHostEmulator(
      settings,
      postTo(() => frame),
      {
        onRequest: (m) => log.push({ ...m, frame: 'surface' }),
        onValidityChange: (valid) => {
          if (saveButton) saveButton.disabled = !valid;
        },
        onSaved: (config) => {
          status.textContent = `Saved the tab: ${JSON.stringify(config)}`;
        },
        onSaveFailed: (reason) => {
          status.textContent = `The page refused to save: ${reason}`;
        },
        onShare: showStage,
      },
    );
    surfaceFrame = frame;

    const section = el(
      doc,
      'section',
      { className: `surface surface-${settings.surface}`, 'aria-label': SURFACE_LABELS[settings.surface] },
      frame,
    );
    if (!declaresContext(manifest, settings.surface)) {
      // Teams offers the tab only where the manifest says it runs.
      section.replaceChildren(
        el(
          doc,
          'p',
          { className: 'notice', role: 'alert' },
          `The app's manifest does not declare the ${SURFACE_LABELS[settings.surface].toLowerCase()}, so Teams would not open the tab there.`,
        ),
      );
      surfaceFrame = undefined;
      surfaceHost = undefined;
    }
    if (teamsShareOffered()) {
      const share = el(doc, 'button', { type: 'button', className: 'teams-share' }, 'Share to stage (Teams)');
      share.addEventListener('click', () => shareFromTeams());
      section.prepend(el(doc, 'div', { className: 'panel-header' }, share));
    }
    if (settings.surface === 'configuration') {
      saveButton = el(doc, 'button', { type: 'button', disabled: true, className: 'save' }, 'Save');
      saveButton.addEventListener('click', () => surfaceHost?.save());
      section.append(el(doc, 'div', { className: 'dialog-footer' }, status, saveButton));
    }
    main.append(section);
  }

  function update(change: Partial<HarnessSettings>) {
    settings = { ...settings, ...change };
    win.history.replaceState(null, '', `${win.location.pathname}${harnessQuery(settings)}`);
    doc.title = `MAPPA Panel host harness: ${SURFACE_LABELS[settings.surface]}`;
  }

  function setTheme(theme: TeamsTheme) {
    update({ theme });
    themeSelect.control.value = theme;
    doc.documentElement.style.colorScheme = COLOUR_SCHEME[theme];
    shell.dataset.theme = theme;
    // Live, as in Teams: the frames stay and receive a themeChange event.
    surfaceHost?.setTheme(theme);
    stageHost?.setTheme(theme);
  }

  surfaceSelect.control.addEventListener('change', () => {
    update({ surface: surfaceSelect.control.value as Surface });
    build();
  });
  hostSelect.control.addEventListener('change', () => {
    update({ host: hostSelect.control.value as HarnessSettings['host'] });
    build();
  });
  userSelect.control.addEventListener('change', () => {
    update({ user: userSelect.control.value });
    build();
  });
  // Teams reloads its apps when the display language changes: app.locale is read once, at initialisation.
  localeSelect.control.addEventListener('change', () => {
    update({ locale: localeSelect.control.value });
    build();
  });
  themeSelect.control.addEventListener('change', () => setTheme(themeSelect.control.value as TeamsTheme));

  build();

  return {
    get messages() {
      return log;
    },
    get settings() {
      return settings;
    },
    get sharedUrl() {
      return surfaceHost?.sharedUrl;
    },
    get savedConfig() {
      return surfaceHost?.savedConfig;
    },
    get saveEnabled() {
      return surfaceHost?.valid ?? false;
    },
    setTheme,
    save: () => surfaceHost?.save() ?? false,
    shareFromTeams,
  };
}
