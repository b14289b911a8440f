/**
 * Every surface in real Chromium, framed by the host harness as Teams or Outlook frames it, in the
 * light, dark and high-contrast themes: it starts, shows who is signed in and which case it is bound
 * to, and has no serious or critical WCAG 2.2 AA violation that axe-core can find.
 */
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  isReady,
  launchChromium,
  openSurface,
  runAxe,
  surfaceBackground,
  type SurfaceOptions,
  type ThemeName,
} from './support';

// Generous: a cold production bundle in a shared, busy container. Not a performance assertion.
jest.setTimeout(120_000);

const CASE_ID = 'case_demo_0102';
const CASE_REFERENCE = 'MP-2026-0102';
const THEMES: ThemeName[] = ['default', 'dark', 'contrast'];

type Case = { name: string; options: Omit<SurfaceOptions, 'theme'>; bound: boolean };

const SURFACES: Case[] = [
  { name: 'side panel in Teams', options: { surface: 'sidePanel', host: 'teams', caseId: CASE_ID }, bound: true },
  { name: 'side panel in Outlook', options: { surface: 'sidePanel', host: 'outlook', caseId: CASE_ID }, bound: true },
  { name: 'stage in Teams', options: { surface: 'meetingStage', host: 'teams', caseId: CASE_ID }, bound: true },
  { name: 'meeting tab in Teams', options: { surface: 'meetingTab', host: 'teams', caseId: CASE_ID }, bound: true },
  { name: 'meeting tab in Outlook', options: { surface: 'meetingTab', host: 'outlook', caseId: CASE_ID }, bound: true },
  { name: 'configuration in Teams', options: { surface: 'configuration', host: 'teams' }, bound: false },
  { name: 'My actions in Teams', options: { surface: 'personal', host: 'teams', page: 'my-actions' }, bound: false },
  {
    name: 'My actions in Outlook',
    options: { surface: 'personal', host: 'outlook', page: 'my-actions' },
    bound: false,
  },
  { name: 'Panels in Teams', options: { surface: 'personal', host: 'teams', page: 'panels' }, bound: false },
  { name: 'Panels in Outlook', options: { surface: 'personal', host: 'outlook', page: 'panels' }, bound: false },
];

/** Approximate brightness (0 black to 1 white) of a computed `rgb(…)` colour. */
function luminance(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

const MATRIX = SURFACES.flatMap((c) => THEMES.map((theme) => [c.name, theme, c] as const));

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  // A fresh context per test: its own IndexedDB, so one surface's writes never reach another test.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  // Every frame keeps the Content Security Policy violations it reports (the pages allow no eval).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

afterEach(async () => {
  await page?.context().close();
});

describe.each(MATRIX)('%s, theme %s', (_name, theme, { options, bound }) => {
  it('starts, shows who is signed in and the bound case, and passes axe', async () => {
    const frame = await openSurface(page, { ...options, theme });

    const signedIn = (await frame.getByTestId('signed-in').textContent())?.trim() ?? '';
    expect(signedIn).toMatch(/\p{L}+ \p{L}+/u);

    if (bound) await expect(frame.getByTestId('bound-case').textContent()).resolves.toContain(CASE_REFERENCE);

    // The surface follows the host's theme: a light background only in the light theme.
    const light = luminance(await surfaceBackground(frame)) > 0.5;
    expect(light).toBe(theme === 'default');

    expect(await runAxe(frame)).toEqual([]);
    // Nothing the page runs asks for what its policy forbids (zod's compiled parsers once did).
    expect(await frame.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
});

describe('the accessibility check itself', () => {
  it('reports a serious violation when one is there', async () => {
    const frame = await openSurface(page, { surface: 'sidePanel', host: 'teams', theme: 'default', caseId: CASE_ID });
    await frame.evaluate(() => {
      document.querySelector('main')?.append(document.createElement('button'));
    });
    expect((await runAxe(frame)).map((v) => v.id)).toContain('button-name');
  });
});

describe('side panel', () => {
  it('fits 280 px without horizontal scrolling', async () => {
    const frame = await openSurface(page, { surface: 'sidePanel', host: 'teams', theme: 'default', caseId: CASE_ID });
    // The harness frames the side panel's content at Teams's narrowest width.
    expect(await frame.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(280);
    const overflow = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  });

  it('follows a theme change from the host', async () => {
    const frame = await openSurface(page, { surface: 'sidePanel', host: 'teams', theme: 'default', caseId: CASE_ID });
    const light = await surfaceBackground(frame);
    await page.evaluate(() =>
      (window as unknown as { harness: { setTheme(t: string): unknown } }).harness.setTheme('dark'),
    );
    await frame.waitForFunction((before) => {
      const el = document.querySelector<HTMLElement>('.fui-FluentProvider') ?? document.body;
      return getComputedStyle(el).backgroundColor !== before;
    }, light);
    const dark = await surfaceBackground(frame);
    expect(dark).not.toBe(light);
  });
});

describe('outside any host', () => {
  it('falls back to browser mode, and the full editor, instead of waiting for a host', async () => {
    await page.goto(`${baseUrl()}/tab.html?caseId=${CASE_ID}`);
    // The host adapter gives up on a missing host within a second; 10 s leaves room for a busy machine.
    await page.mainFrame().waitForFunction(isReady, undefined, { timeout: 10_000 });
    await expect(page.getByTestId('bound-case').textContent()).resolves.toContain(CASE_REFERENCE);
    expect(await page.getByTestId('signed-in').textContent()).toMatch(/\p{L}+ \p{L}+/u);
    // The meeting tab's title: no address parameter makes a plain page the side panel or the stage.
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toBe('MAPPA panel minutes');
  });
});

describe('a case the signed-in person is not on', () => {
  // Helen Marsh chairs MP-2026-0102 and sits on MP-2026-0104; she has no part in MP-2026-0101.
  const OTHER_CASE = 'case_demo_0101';
  const NOT_ON_IT = 'helen.marsh@probation.example.gov.uk';

  it.each(['sidePanel', 'meetingStage', 'meetingTab'] as const)(
    'the %s opened by its address says so, names whom to ask and loads nothing of the case',
    async (surface) => {
      const frame = await openSurface(page, {
        surface,
        host: 'teams',
        theme: 'default',
        caseId: OTHER_CASE,
        user: NOT_ON_IT,
      });
      await frame.getByRole('heading', { name: 'You are not on this case' }).waitFor();
      await expect(frame.getByRole('alert').textContent()).resolves.toContain(
        'ask Jo Whitfield, the MAPPA coordinator',
      );
      const html = await frame.content();
      expect(html).not.toContain('MP-2026-0101');
      expect(html).not.toContain('Darren Voskuil');
      expect(await frame.getByRole('button', { name: /Acknowledge/ }).count()).toBe(0);
    },
  );
});
