/**
 * What the host harness pretends to be, read from its own address (`/harness.html?surface=…`).
 * The query is user input: each parameter is checked, and a bad one is reported and replaced by
 * its default rather than breaking the page.
 */
import { z } from 'zod';
import { demoPeople } from '../adapters/local/demoData';
import type { Surface } from '../core/host';
import { configurationUrl, type HarnessManifest, readManifest, savedContentUrl, staticTabUrl } from './manifestUrls';
import { lazySchema } from '../core/shared/lazySchema';

export const SURFACES = [
  'sidePanel',
  'meetingStage',
  'meetingTab',
  'configuration',
  'personal',
] as const satisfies readonly Surface[];
export const HOSTS = ['teams', 'outlook'] as const;
export const TEAMS_THEMES = ['default', 'dark', 'contrast'] as const;
export const PERSONAL_PAGES = [
  'my-actions',
  'panels',
  'panels/actions',
  'panels/audit',
  'outbox',
  'accessibility',
] as const;

/** The area's Microsoft 365 site to pretend; local mode reads it back in src/adapters/local/harnessSite.ts. */
export const HARNESS_SITES = ['new', 'refused'] as const;

export type HarnessHost = (typeof HOSTS)[number];
export type HarnessSite = (typeof HARNESS_SITES)[number];
export type TeamsTheme = (typeof TEAMS_THEMES)[number];
export type PersonalPage = (typeof PERSONAL_PAGES)[number];

/**
 * The static tab (its entity id, as the host reports it) each personal page opens under: the app
 * declares two tabs, and the coordinator's list and the local outbox are routes inside them.
 */
export const STATIC_TAB: Record<PersonalPage, 'my-actions' | 'panels'> = {
  'my-actions': 'my-actions',
  panels: 'panels',
  'panels/actions': 'panels',
  'panels/audit': 'panels',
  outbox: 'my-actions',
  accessibility: 'my-actions',
};

/**
 * The fictional demo people the harness can sign in as (the `user` parameter accepts any address),
 * the chair of the Level 3 case first; local mode signs in as the person with that address.
 */
export const DEMO_USERS: readonly string[] = Object.values(demoPeople).map((p) => p.email);

export const SURFACE_LABELS: Record<Surface, string> = {
  sidePanel: 'Meeting side panel',
  meetingStage: 'Meeting stage',
  meetingTab: 'Meeting tab',
  configuration: 'Tab configuration',
  personal: 'Personal tab',
};

export type HarnessSettings = {
  surface: Surface;
  host: HarnessHost;
  theme: TeamsTheme;
  page: PersonalPage;
  user: string;
  locale: string;
  caseId?: string;
  chatId: string;
  /** Whether the host offers Nested App Authentication (`naa=1`); off by default so local mode stays local. */
  nestedAppAuth: boolean;
  /**
   * The area's Microsoft 365 site to pretend (`site=new` or `site=refused`), so the personal tab
   * offers the first-run site set-up in local mode; see src/adapters/local/harnessSite.ts.
   */
  site?: HarnessSite;
};

export const DEFAULT_SETTINGS: HarnessSettings = {
  surface: 'sidePanel',
  host: 'teams',
  theme: 'default',
  page: 'my-actions',
  user: DEMO_USERS[0] ?? 'helen.marsh@probation.example.gov.uk',
  locale: 'en-GB',
  chatId: '19:meeting_ZmljdGlvbmFsLXBhbmVs@thread.v2',
  nestedAppAuth: false,
};

const id = lazySchema(() =>
  z
    .string()
    .trim()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9._:@=-]+$/, 'letters, digits and . _ : @ = - only'),
);

/** One schema per query parameter, built when the harness first reads its address. */
const fields = lazySchema(() =>
  z.object({
    surface: z.enum(SURFACES),
    host: z.enum(HOSTS),
    theme: z.enum(TEAMS_THEMES),
    page: z.enum(PERSONAL_PAGES),
    user: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, 'an email-style address'),
    locale: z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en-GB'),
    caseId: id,
    chatId: id,
    naa: z.enum(['0', '1']),
    site: z.enum(HARNESS_SITES),
  }),
);

export type ParsedSettings = { settings: HarnessSettings; problems: string[] };

export function parseHarnessQuery(search: string): ParsedSettings {
  const params = new URLSearchParams(search);
  const settings: HarnessSettings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const [name, schema] of Object.entries(fields.shape)) {
    const raw = params.get(name);
    if (raw === null) continue;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`The “${name}” parameter was ignored: expected ${describe(name, parsed.error)}.`);
      continue;
    }
    if (name === 'naa') settings.nestedAppAuth = parsed.data === '1';
    else Object.assign(settings, { [name]: parsed.data });
  }
  return { settings, problems };
}

function describe(name: string, error: z.ZodError): string {
  const field = fields.shape[name as keyof typeof fields.shape];
  if (field instanceof z.ZodEnum) return `one of ${field.options.join(', ')}`;
  return error.issues[0]?.message ?? 'a valid value';
}

/** The query string that reproduces these settings (for the address bar and shareable links). */
export function harnessQuery(s: HarnessSettings): string {
  const params = new URLSearchParams({
    surface: s.surface,
    host: s.host,
    theme: s.theme,
    user: s.user,
    locale: s.locale,
  });
  if (s.surface === 'personal') params.set('page', s.page);
  if (s.caseId) params.set('caseId', s.caseId);
  if (s.chatId !== DEFAULT_SETTINGS.chatId) params.set('chatId', s.chatId);
  if (s.nestedAppAuth) params.set('naa', '1');
  if (s.site) params.set('site', s.site);
  return `?${params.toString()}`;
}

/**
 * The address Teams loads for a surface: from the packaged manifest and the configuration page's
 * saved tab (see manifestUrls.ts), with the manifest's endpoint placeholder replaced by `origin`.
 * Every meeting frame loads the same saved address; only the frame context differs.
 */
export function surfaceUrl(
  s: Pick<HarnessSettings, 'surface' | 'page' | 'caseId' | 'site'>,
  origin: string = globalThis.location.origin,
  manifest: HarnessManifest = readManifest(),
): string {
  switch (s.surface) {
    case 'sidePanel':
    case 'meetingStage':
    case 'meetingTab':
      // A tab with no saved case is the bare meeting page, which binds through the meeting's chat.
      return s.caseId ? savedContentUrl(s.caseId, origin) : new URL('tab.html', `${origin}/`).href;
    case 'configuration':
      return configurationUrl(manifest, origin);
    case 'personal':
      // Routes inside a tab open as Teams deep links do: the tab's address, the route as its sub-page.
      return withSite(staticTabUrl(manifest, STATIC_TAB[s.page], origin), s.site);
  }
}

/** The personal tab's address with the pretended site (`?site=`), which local mode reads at start-up. */
function withSite(url: string, site: HarnessSite | undefined): string {
  if (!site) return url;
  const u = new URL(url);
  u.searchParams.set('site', site);
  return u.href;
}
