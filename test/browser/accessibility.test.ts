/**
 * Every surface walked through the states a person reaches, in the light, dark and high-contrast
 * themes, with axe-core (WCAG 2.0 to 2.2, A and AA) run in each state: no serious or critical
 * violation anywhere. One page per surface and theme; the states are driven in sequence on it, and
 * every violation found on the way is reported at the end with the state it was found in.
 *
 * Covered, per theme:
 * - side panel (chair, Teams): the confidentiality gate; each of the minutes' steps; the disclosure
 *   decision form open; a Risk Management Plan action form open; a refused victim flag (error
 *   shown); the Share to stage dialog open; the privacy screen;
 * - side panel (attendee, read only): each step;
 * - meeting tab: the gate; each section of the editor; the same error and forms open;
 * - stage: the projection;
 * - configuration: the case list, then a case chosen;
 * - personal tab: My actions with its list full, an update form open, a refused update (error
 *   shown), the written update form open; My actions with an empty list; the case register, then a case
 *   chosen with its schedule and suggested times; All actions, and its notice after reminders; the
 *   Outbox empty and then full; the accessibility statement;
 * - the Microsoft 365 site set-up (the harness pretends a site): offered, done with what was added
 *   listed, already done, refused (error shown);
 * - the landing page and the accessibility statement (light theme: they have no host to follow).
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

import { sectionIds, sections } from '../../src/core/minutes/sections';
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
  type SurfaceOptions,
  type ThemeName,
} from './support';

// Generous: a cold production bundle in a shared, busy container. Not a performance assertion.
jest.setTimeout(300_000);

const CASE_ID = 'case_demo_0102';
const THEMES: ThemeName[] = ['default', 'dark', 'contrast'];
const CHAIR = 'helen.marsh@probation.example.gov.uk';
/** Sits on MP-2026-0102 without chairing it: the read-only side panel. */
const MEMBER = 'dan.okoro@police.example.gov.uk';
/** Owns no action: My actions' empty list. */
const OWNS_NOTHING = 'owen.greaves@police.example.gov.uk';
/** The area's MAPPA coordinator: the only one who sees every case's actions. */
const COORDINATOR = 'jo.whitfield@probation.example.gov.uk';
const labelOf = (id: string) => sections.find((s) => s.id === id)!.label;

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
  // A fresh context per walk: its own IndexedDB, so the gate shows and one walk's writes stay its own.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

/** Collects the violations of every state in a walk, so one run names them all. */
class Audit {
  readonly found: Array<{ state: string } & AxeViolation> = [];
  readonly states: string[] = [];
  constructor(private readonly frame: () => Frame) {}

  async check(state: string, within?: string): Promise<void> {
    this.states.push(state);
    await settleAnimations(this.frame());
    for (const v of await runAxe(this.frame(), within)) this.found.push({ state, ...v });
  }
}

async function open(options: SurfaceOptions & { user?: string }): Promise<Frame> {
  await page.goto(harnessUrl(options));
  const frame = await surfaceFrame(page, options.surface);
  await waitForReady(frame);
  return frame;
}

async function acknowledge(frame: Frame): Promise<void> {
  await frame.getByRole('checkbox', { name: 'I have read the statement and I make these commitments' }).check();
  await frame.getByRole('button', { name: 'Acknowledge and continue' }).click();
}

/** Nothing still loading in the frame's main region. */
const settled = (frame: Frame) =>
  frame.waitForFunction(() => !document.querySelector('main .fui-Spinner, main [aria-busy="true"]'));

describe.each(THEMES)('theme %s', (theme) => {
  it('side panel: the gate, every step as chair, forms and dialog open, an error, the privacy screen', async () => {
    const frame = await open({ surface: 'sidePanel', host: 'teams', theme, caseId: CASE_ID, user: CHAIR });
    const audit = new Audit(() => frame);
    await frame.getByRole('heading', { name: 'Confidentiality statement' }).waitFor();
    await audit.check('gate');
    await acknowledge(frame);

    const goTo = frame.getByRole('combobox', { name: 'Go to section' });
    await goTo.selectOption('meetingDetails');
    // The side panel's content frame is 280 px wide in Teams: every step, guidance included, reads
    // without scrolling sideways (WCAG 1.4.10 reflow).
    expect(await frame.evaluate(() => window.innerWidth)).toBe(280);
    const overflowing: string[] = [];
    for (const [i, id] of sectionIds.entries()) {
      if (i > 0) await frame.getByRole('button', { name: 'Next step' }).click();
      await frame.getByRole('heading', { level: 2, name: labelOf(id), exact: true }).waitFor();
      await settled(frame);
      await audit.check(`step ${id}`);
      const wider = await frame.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wider > 0) overflowing.push(`${id} (${wider} px too wide)`);
    }
    expect(overflowing).toEqual([]);

    await goTo.selectOption('victimIssues');
    await frame.getByRole('button', { name: 'Flag as a victim' }).click();
    await frame.getByRole('alert').filter({ hasText: 'Enter the name of the person flagged as a victim.' }).waitFor();
    await audit.check('victim flag refused');

    await goTo.selectOption('disclosure');
    await frame.getByRole('button', { name: 'Record a disclosure decision' }).click();
    await frame.getByRole('form', { name: 'Disclosure decision' }).waitFor();
    await audit.check('disclosure decision form open');

    await goTo.selectOption('plan');
    await frame.getByRole('button', { name: 'Add an action to Supervision' }).click();
    await frame.getByRole('form', { name: 'New action for Supervision' }).waitFor();
    await audit.check('plan action form open');

    // The app mounts no Fluent dialog until one is opened, so no focus-manager dummies until then.
    expect(await frame.locator('[data-tabster-dummy]').count()).toBe(0);
    await frame.getByRole('button', { name: 'Share to stage', exact: true }).click();
    await frame.getByRole('dialog', { name: 'Share to the meeting stage?' }).waitFor();
    await audit.check('share to stage dialog open');
    await page.keyboard.press('Escape');
    await frame.getByRole('dialog').waitFor({ state: 'detached' });

    await frame.getByRole('button', { name: /^Hide case content/ }).click();
    await frame.getByRole('heading', { name: 'Case content hidden' }).waitFor();
    await audit.check('privacy screen');

    expect(audit.found).toEqual([]);
    expect(audit.states).toHaveLength(sectionIds.length + 6);
  });

  it('side panel: every step read only, as a member who does not chair', async () => {
    const frame = await open({ surface: 'sidePanel', host: 'teams', theme, caseId: CASE_ID, user: MEMBER });
    const audit = new Audit(() => frame);
    await acknowledge(frame);
    await frame.getByText(/^Step \d+ of \d+\. Read only$/).waitFor();
    const goTo = frame.getByRole('combobox', { name: 'Go to section' });
    for (const id of sectionIds) {
      await goTo.selectOption(id);
      await frame.getByRole('heading', { level: 2, name: labelOf(id), exact: true }).waitFor();
      await settled(frame);
      await audit.check(`read-only step ${id}`);
    }
    expect(audit.found).toEqual([]);
  });

  it('meeting tab: the gate, each section of the editor, forms open and an error', async () => {
    const frame = await open({ surface: 'meetingTab', host: 'teams', theme, caseId: CASE_ID, user: CHAIR });
    const audit = new Audit(() => frame);
    await frame.getByRole('heading', { name: 'Confidentiality statement' }).waitFor();
    await audit.check('gate');
    await acknowledge(frame);
    await frame.getByRole('navigation', { name: 'Sections' }).waitFor();
    await frame.locator(`#minutes-${sectionIds.at(-1)}`).waitFor();
    await settled(frame);
    await audit.check('editor, top');
    // Off-screen sections skip rendering (content-visibility), so each is brought into view first.
    for (const id of sectionIds) {
      await frame.locator(`#minutes-${id}`).scrollIntoViewIfNeeded();
      await audit.check(`section ${id}`, `#minutes-${id}`);
    }

    const victims = frame.locator('#minutes-victimIssues');
    await victims.getByRole('button', { name: 'Flag as a victim' }).click();
    await victims.getByRole('alert').waitFor();
    await audit.check('victim flag refused', '#minutes-victimIssues');

    const disclosure = frame.locator('#minutes-disclosure');
    await disclosure.getByRole('button', { name: 'Record a disclosure decision' }).click();
    await disclosure.getByRole('form', { name: 'Disclosure decision' }).waitFor();
    await audit.check('disclosure decision form open', '#minutes-disclosure');

    expect(audit.found).toEqual([]);
  });

  it('stage and configuration', async () => {
    let frame = await open({ surface: 'meetingStage', host: 'teams', theme, caseId: CASE_ID });
    const audit = new Audit(() => frame);
    await settled(frame);
    await audit.check('stage');

    frame = await open({ surface: 'configuration', host: 'teams', theme });
    await audit.check('configuration: case list');
    await frame.getByRole('radio').first().check();
    await audit.check('configuration: a case chosen');
    expect(audit.found).toEqual([]);
  });

  it('personal tabs: lists full and empty, forms open, an error, every page', async () => {
    let frame = await open({ surface: 'personal', host: 'teams', theme, page: 'my-actions', user: CHAIR });
    const audit = new Audit(() => frame);
    await frame.getByRole('heading', { name: 'My actions' }).waitFor();
    await settled(frame);
    expect(await frame.getByRole('article').count()).toBeGreaterThan(0);
    await audit.check('my actions: full list');

    const first = frame.getByRole('article').first();
    await first.getByRole('button', { name: 'Post update' }).click();
    await first.getByRole('button', { name: 'Save', exact: true }).click();
    await first.getByText(/^Not saved\./).waitFor();
    await audit.check('my actions: update refused (error shown)');
    await first.getByRole('button', { name: 'Cancel' }).click();

    await frame.getByRole('button', { name: 'Send a written update for the next meeting' }).first().click();
    await frame
      .getByRole('form', { name: /^Written update for / })
      .or(frame.getByText(/^No meeting is scheduled/))
      .first()
      .waitFor();
    await audit.check('my actions: written update form open');

    await frame.getByRole('link', { name: 'Panels' }).click();
    await frame.getByRole('heading', { name: 'Case register', level: 1 }).waitFor();
    await settled(frame);
    await audit.check('panels: the case register');
    await frame.getByRole('link', { name: 'MP-2026-0102: open its panels' }).click();
    await frame.getByRole('link', { name: 'Back to the case register' }).waitFor();
    await frame.getByRole('region', { name: 'Schedule' }).waitFor();
    await settled(frame);
    await audit.check('panels: a case chosen');
    const check = frame.getByRole('button', { name: 'Check standing members’ availability' });
    if (await check.count()) {
      await check.click();
      await frame.getByRole('group', { name: 'Suggested days and times' }).waitFor();
      await audit.check('panels: suggested times');
    }

    // All actions lists only the cases a person coordinates: the area's coordinator opens it.
    frame = await open({ surface: 'personal', host: 'teams', theme, page: 'panels', user: COORDINATOR });
    await frame.getByRole('link', { name: 'All actions' }).click();
    await frame.getByRole('table', { name: 'Actions' }).waitFor();
    await settled(frame);
    await audit.check('all actions');

    await frame.getByRole('link', { name: 'Outbox' }).click();
    await frame.getByText('Nothing would have been sent yet.').waitFor();
    await audit.check('outbox: empty');
    await frame.getByRole('link', { name: 'All actions' }).click();
    await frame.getByRole('button', { name: 'Send reminders' }).click();
    await frame.getByText(/^Reminders sent to /).waitFor();
    await audit.check('all actions: reminders sent (notice shown)');
    await frame.getByRole('link', { name: 'Outbox' }).click();
    await frame.getByRole('list', { name: 'Messages' }).getByRole('article').first().waitFor();
    await audit.check('outbox: full');

    await frame.getByRole('link', { name: 'Accessibility statement' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Accessibility statement for MAPPA Panel' }).waitFor();
    await audit.check('accessibility statement');

    frame = await open({ surface: 'personal', host: 'outlook', theme, page: 'my-actions', user: OWNS_NOTHING });
    await frame.getByRole('heading', { name: 'My actions' }).waitFor();
    await settled(frame);
    expect(await frame.getByRole('article').count()).toBe(0);
    await audit.check('my actions: empty list');

    expect(audit.found).toEqual([]);
  });

  it('Microsoft 365 site set-up: offered, done with what was added, already done, refused', async () => {
    // Local mode has no site: the harness pretends one (`site=`), as a first run in Microsoft 365 mode.
    let frame = await open({
      surface: 'personal',
      host: 'teams',
      theme,
      page: 'panels',
      user: COORDINATOR,
      site: 'new',
    });
    const audit = new Audit(() => frame);
    const setUp = frame.getByRole('button', { name: 'Set up the area site' });
    await setUp.waitFor();
    await settled(frame);
    await audit.check('site set-up: offered');
    await setUp.click();
    await frame.getByRole('list', { name: 'Added to the area site' }).waitFor();
    await settled(frame);
    await audit.check('site set-up: done, what was added listed');
    await setUp.click();
    await frame.getByRole('status').filter({ hasText: 'The area site is already set up' }).waitFor();
    await audit.check('site set-up: already done');

    frame = await open({
      surface: 'personal',
      host: 'teams',
      theme,
      page: 'panels',
      user: COORDINATOR,
      site: 'refused',
    });
    await frame.getByRole('button', { name: 'Set up the area site' }).click();
    await frame
      .getByRole('alert')
      .filter({ hasText: /per-site Sites\.Selected grant/ })
      .waitFor();
    await audit.check('site set-up: refused (error shown)');

    expect(audit.found).toEqual([]);
    expect(audit.states).toHaveLength(4);
  });
});

describe('the accessibility check itself', () => {
  it('lets only Fluent’s focus-manager dummies pass the aria-hidden-focus rule', async () => {
    const frame = await open({ surface: 'configuration', host: 'teams', theme: 'default' });
    await frame.evaluate(() => {
      const hidden = document.createElement('div');
      hidden.id = 'hidden-but-focusable';
      hidden.setAttribute('aria-hidden', 'true');
      hidden.append(Object.assign(document.createElement('button'), { textContent: 'Hidden but focusable' }));
      const dummy = Object.assign(document.createElement('i'), { tabIndex: 0 });
      dummy.setAttribute('aria-hidden', 'true');
      dummy.setAttribute('data-tabster-dummy', '');
      document.querySelector('main')?.append(hidden, dummy);
    });
    const found = (await runAxe(frame)).filter((v) => v.id === 'aria-hidden-focus');
    expect(found.flatMap((v) => v.targets)).toEqual(['#hidden-but-focusable']);
  });
});

describe('pages outside a host', () => {
  it('the landing page and the accessibility statement', async () => {
    await page.goto(`${baseUrl()}/index.html`);
    await page.mainFrame().waitForFunction(isReady);
    const audit = new Audit(() => page.mainFrame());
    await audit.check('landing page');

    await page.getByRole('link', { name: 'Accessibility statement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement for MAPPA Panel' }).waitFor();
    await audit.check('accessibility statement');
    expect(audit.found).toEqual([]);
  });
});
