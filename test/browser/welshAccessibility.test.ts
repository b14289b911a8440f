/**
 * Every surface in Welsh (`cy-GB`, passed by the host harness as Teams passes `app.locale`), walked
 * through the states a person reaches with axe-core (WCAG 2.0 to 2.2, A and AA) in the light and
 * high-contrast themes: no serious or critical violation anywhere. Welsh words run longer than
 * English ones, so labels that fit in English can overlap or clip; and the page must say it is Welsh.
 *
 * The walk finds what it clicks by role and by the Welsh catalogue's own words, never by English.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

import { sectionIds } from '../../src/core/minutes/sections';
import { cy } from '../../src/i18n/messages/cy';
import {
  baseUrl,
  harnessUrl,
  isReady,
  launchChromium,
  runAxe,
  settleAnimations,
  surfaceFrame,
  waitForReady,
  type AxeViolation,
  type SurfaceName,
  type ThemeName,
} from './support';

// Generous: a cold production bundle in a shared, busy container. Not a performance assertion.
jest.setTimeout(300_000);

const WELSH = 'cy-GB';
const CASE_ID = 'case_demo_0102';
const CASE_REFERENCE = 'MP-2026-0102';
const CHAIR = 'helen.marsh@probation.example.gov.uk';
const COORDINATOR = 'jo.whitfield@probation.example.gov.uk';
const THEMES: ThemeName[] = ['default', 'contrast'];

/** A Welsh catalogue text as a whole accessible name. */
const welsh = (key: keyof typeof cy) => ({ name: cy[key], exact: true });

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  // A fresh context per walk: its own IndexedDB and storage, so the gate shows and no language choice is kept.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

/** Collects the violations of every state in a walk, so one run names them all. */
class Audit {
  readonly found: Array<{ state: string } & AxeViolation> = [];

  async check(frame: Frame, state: string): Promise<void> {
    // The page says it is Welsh, so screen readers speak it with Welsh rules.
    expect({ state, lang: await frame.evaluate(() => document.documentElement.lang) }).toEqual({ state, lang: WELSH });
    await settleAnimations(frame);
    for (const v of await runAxe(frame)) this.found.push({ state, ...v });
  }
}

type Open = {
  surface: SurfaceName;
  theme: ThemeName;
  caseId?: string;
  page?: string;
  user?: string;
  site?: 'new' | 'refused';
};

async function open(options: Open): Promise<Frame> {
  await page.goto(harnessUrl({ host: 'teams', ...options, locale: WELSH }));
  const frame = await surfaceFrame(page, options.surface);
  await waitForReady(frame);
  return frame;
}

/** Nothing still loading in the frame's main region. */
const settled = (frame: Frame) =>
  frame.waitForFunction(() => !document.querySelector('main .fui-Spinner, main [aria-busy="true"]'));

async function acknowledge(frame: Frame, audit: Audit): Promise<void> {
  const box = frame.getByRole('checkbox').first();
  await box.waitFor();
  await audit.check(frame, 'confidentiality statement');
  await box.check();
  await frame.getByRole('button', welsh('confidentiality.gate.acknowledge')).click();
  await box.waitFor({ state: 'detached' });
}

describe.each(THEMES)('in Welsh, theme %s', (theme) => {
  it('side panel: the gate and every step, as chair', async () => {
    const frame = await open({ surface: 'sidePanel', theme, caseId: CASE_ID, user: CHAIR });
    const audit = new Audit();
    await acknowledge(frame, audit);
    const goTo = frame.getByRole('combobox').first();
    for (const id of sectionIds) {
      await goTo.selectOption(id);
      await frame.waitForFunction(
        (value) => [...document.querySelectorAll('select')].some((select) => select.value === value),
        id,
      );
      await settled(frame);
      await audit.check(frame, `step ${id}`);
    }
    expect(audit.found).toEqual([]);
  });

  it('meeting tab: the gate and each section of the editor; the stage', async () => {
    let frame = await open({ surface: 'meetingTab', theme, caseId: CASE_ID, user: CHAIR });
    const audit = new Audit();
    await acknowledge(frame, audit);
    await frame.locator(`#minutes-${sectionIds.at(-1)}`).waitFor();
    await settled(frame);
    // Off-screen sections skip rendering (content-visibility), so each is brought into view first.
    for (const id of sectionIds) {
      await frame.locator(`#minutes-${id}`).scrollIntoViewIfNeeded();
      await audit.check(frame, `section ${id}`);
    }

    frame = await open({ surface: 'meetingStage', theme, caseId: CASE_ID });
    await settled(frame);
    await audit.check(frame, 'stage');
    expect(audit.found).toEqual([]);
  });

  it('personal tabs: My actions, the register and a case, All actions, the outbox, the audit log, the site set-up, configuration', async () => {
    const audit = new Audit();
    let frame = await open({ surface: 'personal', theme, page: 'my-actions', user: CHAIR });
    await settled(frame);
    expect(await frame.getByRole('article').count()).toBeGreaterThan(0);
    await audit.check(frame, 'my actions');

    frame = await open({ surface: 'personal', theme, page: 'panels', user: COORDINATOR });
    await frame.getByRole('table').first().waitFor();
    await settled(frame);
    await audit.check(frame, 'case register');
    // The link's name holds the case reference (data) in every language.
    await frame.locator(`a[aria-label*="${CASE_REFERENCE}"]`).first().click();
    await frame.getByRole('link', welsh('scheduling.panels.back')).waitFor();
    await settled(frame);
    await audit.check(frame, 'a case chosen');

    for (const [state, where] of [
      ['all actions', 'panels/actions'],
      ['outbox', 'outbox'],
      ['audit log', 'panels/audit'],
      ['accessibility statement', 'accessibility'],
    ] as const) {
      frame = await open({ surface: 'personal', theme, page: where, user: COORDINATOR });
      await settled(frame);
      await audit.check(frame, state);
    }

    // The Microsoft 365 site set-up, with the site the harness pretends in local mode.
    frame = await open({ surface: 'personal', theme, page: 'panels', user: COORDINATOR, site: 'new' });
    await frame.getByRole('button', welsh('scheduling.site.setUp')).click();
    await frame.getByRole('list', welsh('scheduling.site.added')).waitFor();
    await settled(frame);
    await audit.check(frame, 'site set-up: done, what was added listed');

    frame = await open({ surface: 'configuration', theme });
    await audit.check(frame, 'configuration: case list');
    await frame.getByRole('radio').first().check();
    await audit.check(frame, 'configuration: a case chosen');
    expect(audit.found).toEqual([]);
  });
});

describe('in Welsh, outside a host', () => {
  it('the landing page, in a browser set to Welsh', async () => {
    // Outside a host the app follows the browser's language (navigator.language).
    await page.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'cy-GB' }));
    await page.goto(`${baseUrl()}/index.html`);
    await page.mainFrame().waitForFunction(isReady);
    const audit = new Audit();
    await audit.check(page.mainFrame(), 'landing page');
    expect(audit.found).toEqual([]);
  });
});
