/**
 * Plain-browser mode: no Microsoft host answered. The surface comes from the page's own address,
 * the theme from the browser's colour preferences, and nothing host-only (stage sharing, tab
 * configuration, Nested App Authentication) is available.
 */
import { z } from 'zod';
import type { HostContext, HostPort, Surface, Theme } from '../../core/host';
import { lazySchema } from '../../core/shared/lazySchema';

/** Without a host the meeting page is the full editor: only a host can make it the side panel or the stage. */
const SURFACE_BY_PAGE: Record<string, Surface> = {
  'tab.html': 'meetingTab',
  'config.html': 'configuration',
};

/** A case id or page id read from the address: short, printable, no markup. */
const PageIdSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9._:@-]+$/),
);

export function surfaceFromPath(pathname: string): Surface {
  const file = pathname.split('/').pop() ?? '';
  return SURFACE_BY_PAGE[file.toLowerCase()] ?? 'personal';
}

/** `caseId` from the query for bound surfaces; the first hash segment (`#/my-actions`) for personal pages. */
export function pageIdFromLocation(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string | undefined {
  const surface = surfaceFromPath(location.pathname);
  const raw =
    surface === 'personal'
      ? location.hash.replace(/^#\/?/, '').split(/[/?]/)[0]
      : (new URLSearchParams(location.search).get('caseId') ?? undefined);
  const parsed = PageIdSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

type MediaQueries = Pick<Window, 'matchMedia'> | undefined;

function query(win: MediaQueries, media: string): MediaQueryList | undefined {
  return typeof win?.matchMedia === 'function' ? win.matchMedia(media) : undefined;
}

export function preferredTheme(win: MediaQueries): Theme {
  if (query(win, '(forced-colors: active)')?.matches) return 'highContrast';
  if (query(win, '(prefers-color-scheme: dark)')?.matches) return 'dark';
  return 'light';
}

export function browserContext(win: Window): HostContext {
  const context: HostContext = {
    host: 'browser',
    surface: surfaceFromPath(win.location.pathname),
    theme: preferredTheme(win),
    locale: win.navigator.language || 'en-GB',
    capabilities: { stageSharing: false, tabConfiguration: false, nestedAppAuth: false },
  };
  const pageId = pageIdFromLocation(win.location);
  if (pageId) context.pageId = pageId;
  return context;
}

export function createBrowserHost(win: Window = window): HostPort {
  const context = browserContext(win);
  return {
    context,
    onThemeChange(handler) {
      const lists = ['(forced-colors: active)', '(prefers-color-scheme: dark)'].map((m) => query(win, m));
      const listener = () => handler(preferredTheme(win));
      for (const l of lists) l?.addEventListener('change', listener);
      return () => {
        for (const l of lists) l?.removeEventListener('change', listener);
      };
    },
    shareToStage() {
      return Promise.reject(new Error('Sharing to the meeting stage only works inside a Teams meeting.'));
    },
    // No host to tell: the configuration page is only meaningful inside Teams or Outlook.
    setConfigurationValid() {},
    onConfigurationSave() {},
    notifyReady() {},
  };
}
