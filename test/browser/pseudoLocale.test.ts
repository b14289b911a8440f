/**
 * Every surface in the pseudo-locale (`qps-ploc`), passed by the host harness as Teams passes
 * `app.locale`: each catalogue message then shows accented and bracketed `⟦…⟧` (src/i18n/pseudo.ts),
 * so any text a person reads that has letters, is outside the brackets and is not data, bypassed the
 * catalogue. Each surface is walked through the states a person reaches after the confidentiality
 * statement, and every such text is reported with the state it was found in:
 * - what is read: visible text (including text kept for screen readers only, and the options of a
 *   select) and the `aria-label`, `placeholder`, `title` and `alt` of every element not hidden;
 * - what is data: every string of the demo documents the store is seeded with, the demo people and
 *   the area's settings, taken in Node from the same modules local mode seeds from (src/adapters/local/demoData.ts),
 *   and the initials an avatar draws from a name;
 * - what Intl formats (dates, times, lists): the pseudo-locale formats as English does, so month and
 *   weekday names, "am"/"pm", the "at" of a date with a time and the "and"/"or" of a list are allowed
 *   when nothing else is left.
 *
 * Also here: the header's language switch turns a surface Welsh, and `locale=cy-GB` from the host opens it in Welsh.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

import { allDemoPeople, demoAreaSettings, seedDemoData } from '../../src/adapters/local/demoData';
import { sectionIds } from '../../src/core/minutes/sections';
import type { StoragePort } from '../../src/core/ports';
import { SAID_BEFORE_AREA } from '../../src/i18n/catalogues';
import type { Catalogue } from '../../src/i18n/messages/en';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalise } from '../../src/i18n/pseudo';
import { baseUrl, harnessUrl, isReady, launchChromium, surfaceFrame, waitForReady, type SurfaceName } from './support';

// Generous: a cold production bundle in a shared, busy container. Not a performance assertion.
jest.setTimeout(300_000);

const CASE_ID = 'case_demo_0102';
const CASE_REFERENCE = 'MP-2026-0102';
const CHAIR = 'helen.marsh@probation.example.gov.uk';
/** The area's MAPPA coordinator: the audit log, All actions and every case's panels. */
const COORDINATOR = 'jo.whitfield@probation.example.gov.uk';
const PSEUDO = 'qps-ploc';

/** Separates text nodes in the stream read from a page (a message with a link spans several nodes). */
const NODE = '\u0001';

// ---- what counts as data -------------------------------------------------------------------------

/** Every string in a value, recursively, with each line of a multi-line one. */
function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    for (const text of [value, ...value.split(/\r?\n/)]) if (text.trim()) into.add(text.trim());
  } else if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collectStrings(item, into);
  }
}

/** The initials Fluent's Avatar shows for a name ("Helen Marsh" → "HM"). */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join('');

/**
 * The demo data the app's store is seeded with in local mode: the documents `seedDemoData` writes
 * (recorded here as it writes them, instead of storing them), the demo people and the area settings.
 */
async function seededData(): Promise<string[]> {
  const strings = new Set<string>();
  const recording = {
    collection: () => ({
      list: async () => [],
      get: async () => undefined,
      create: async (doc: unknown) => {
        collectStrings(doc, strings);
        return { doc, version: '1' };
      },
    }),
  } as unknown as StoragePort;
  const settings = demoAreaSettings();
  collectStrings(settings, strings);
  collectStrings(allDemoPeople, strings);
  await seedDemoData({ storage: recording, clock: { now: () => new Date() }, settings });
  for (const person of allDemoPeople) strings.add(initials(person.name));
  // Longest first, so a name inside a longer string is not taken out of it first.
  return [...strings].filter((s) => /\p{L}/u.test(s)).sort((a, b) => b.length - a.length);
}

/** Words Intl writes in English dates, times and lists (the pseudo-locale formats as en-GB does). */
function intlWords(): Set<string> {
  const words = new Set(['am', 'pm', 'AM', 'PM', 'at', 'and', 'or', 'GMT', 'BST', 'UTC']);
  for (let month = 0; month < 12; month++) {
    for (const style of ['long', 'short'] as const) {
      words.add(new Intl.DateTimeFormat('en-GB', { month: style, timeZone: 'UTC' }).format(Date.UTC(2026, month, 15)));
    }
  }
  for (let day = 0; day < 7; day++) {
    for (const style of ['long', 'short'] as const) {
      words.add(
        new Intl.DateTimeFormat('en-GB', { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2026, 10, 2 + day)),
      );
    }
  }
  return words;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Checker = { offending(text: string): boolean };

function checker(data: readonly string[], words: ReadonlySet<string>): Checker {
  const exact = new Set(data);
  const wordPattern = new RegExp(`(?<![\\p{L}])(${[...words].map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
  return {
    offending(text) {
      let rest = text.replace(/…/g, ' ').trim();
      if (!/\p{L}/u.test(rest) || exact.has(rest)) return false;
      // A preview cut short: part of one data string.
      if (rest.length >= 12 && data.some((d) => d.includes(rest))) return false;
      // Whole words only: a short data string must not take letters out of a word around it.
      for (const d of data) {
        if (rest.includes(d)) rest = rest.replace(new RegExp(`(?<!\\p{L})${escapeRegExp(d)}(?!\\p{L})`, 'gu'), ' ');
      }
      rest = rest.replace(wordPattern, ' ');
      return /\p{L}/u.test(rest);
    },
  };
}

/** Takes out every catalogue message, innermost first (a message's value may itself be a message). */
function outsideMessages(stream: string): string {
  const message = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'gu');
  let rest = stream;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(message, NODE);
  }
  return rest;
}

// ---- reading a page --------------------------------------------------------------------------------

type Read = { stream: string; attributes: string[] };

/** What a person reads in the frame: its visible text in document order, and its accessible attributes. */
const readFrame = (frame: Frame): Promise<Read> =>
  // No named helpers inside evaluated functions: tsx's name-keeping wrapper does not exist in the page.
  frame.evaluate((separator) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template, [aria-hidden="true"]')) continue;
      // Options are read from the select's list; everything else only if rendered (visually hidden text counts).
      if (parent.tagName !== 'OPTION' && !parent.checkVisibility({ visibilityProperty: true })) continue;
      texts.push(node.nodeValue ?? '');
    }
    const attributes: string[] = [];
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (element.closest('[aria-hidden="true"]')) continue;
      if (element.tagName !== 'OPTION' && !element.checkVisibility({ visibilityProperty: true })) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name);
        if (value) attributes.push(value);
      }
    }
    return { stream: texts.join(separator), attributes };
  }, NODE);

/** Collects what bypassed the catalogue on one surface, state by state, each text once. */
class Walk {
  readonly offenders: string[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly check: Checker) {}

  async read(frame: Frame, state: string): Promise<void> {
    const { stream, attributes } = await readFrame(frame);
    const texts = [
      ...outsideMessages(stream).split(NODE),
      // An attribute is one message, or data, or both joined.
      ...attributes.map((a) => outsideMessages(a).replaceAll(NODE, ' ')),
    ];
    for (const raw of texts) {
      const text = raw.replace(/\s+/g, ' ').trim();
      if (this.seen.has(text)) continue;
      this.seen.add(text);
      if (this.check.offending(text)) this.offenders.push(`[${state}] ${text}`);
    }
  }
}

/** Nothing the walk read on the surface bypassed the catalogue: each offender is named with the state it was read in. */
function expectAllFromCatalogue(walk: Walk): void {
  expect(walk.offenders).toEqual([]);
}

// ---- driving the surfaces --------------------------------------------------------------------------

/**
 * An accessible name in English or in the pseudo-locale: the walk goes on whether or not the part
 * it clicks through has been moved to the catalogue yet.
 */
function either(english: string): RegExp {
  const pseudo = pseudoLocalise({ name: english } as unknown as Catalogue) as unknown as { name: string };
  return new RegExp(`^(${escapeRegExp(english)}|${escapeRegExp(pseudo.name)})$`);
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let check: Checker;
/** Messages said before their catalogue area had loaded (src/i18n/catalogues.ts reports each): a view that does not name an area it shows. */
let saidWithoutArea: string[];

beforeAll(async () => {
  browser = await launchChromium();
  check = checker(await seededData(), intlWords());
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  // A fresh context per surface: its own IndexedDB and storage, so the gate shows and no language choice is kept.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  saidWithoutArea = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith(SAID_BEFORE_AREA)) saidWithoutArea.push(message.text());
  });
});
afterEach(async () => {
  await context?.close();
  expect(saidWithoutArea).toEqual([]);
});

type Open = { surface: SurfaceName; host?: 'teams' | 'outlook'; caseId?: string; page?: string; user?: string };

async function open(options: Open, locale = PSEUDO): Promise<Frame> {
  await page.goto(harnessUrl({ host: 'teams', theme: 'default', ...options, locale }));
  const frame = await surfaceFrame(page, options.surface);
  await waitForReady(frame);
  return frame;
}

/** Nothing still loading in the frame's main region. */
const settled = (frame: Frame) =>
  frame.waitForFunction(() => !document.querySelector('main .fui-Spinner, main [aria-busy="true"]'));

/** The pseudo-locale is on: the shell's title came from the catalogue, bracketed (so no walk passes by reading English). */
async function expectPseudo(frame: Frame): Promise<void> {
  const title = (await frame.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
  expect(title.startsWith(PSEUDO_OPEN)).toBe(true);
}

async function acknowledge(frame: Frame, walk: Walk): Promise<void> {
  const box = frame.getByRole('checkbox').first();
  await box.waitFor();
  await walk.read(frame, 'confidentiality statement');
  await box.check();
  await frame.getByRole('button', { name: either('Acknowledge and continue') }).click();
  await box.waitFor({ state: 'detached' });
}

describe('the pseudo-locale: no text a person reads bypasses the catalogue', () => {
  it('side panel: every step, as chair', async () => {
    const frame = await open({ surface: 'sidePanel', caseId: CASE_ID, user: CHAIR });
    await expectPseudo(frame);
    const walk = new Walk(check);
    await acknowledge(frame, walk);
    const goTo = frame.getByRole('combobox').first();
    for (const id of sectionIds) {
      await goTo.selectOption(id);
      await frame.waitForFunction(
        (value) => [...document.querySelectorAll('select')].some((select) => select.value === value),
        id,
      );
      await settled(frame);
      await walk.read(frame, `step ${id}`);
    }
    expectAllFromCatalogue(walk);
  });

  it('meeting stage', async () => {
    const frame = await open({ surface: 'meetingStage', caseId: CASE_ID });
    await expectPseudo(frame);
    const walk = new Walk(check);
    await settled(frame);
    await walk.read(frame, 'stage');
    expectAllFromCatalogue(walk);
  });

  it('meeting tab: every section of the editor', async () => {
    const frame = await open({ surface: 'meetingTab', caseId: CASE_ID, user: CHAIR });
    await expectPseudo(frame);
    const walk = new Walk(check);
    await acknowledge(frame, walk);
    await frame.locator(`#minutes-${sectionIds.at(-1)}`).waitFor();
    await settled(frame);
    await walk.read(frame, 'editor, top');
    // Off-screen sections skip rendering (content-visibility), so each is brought into view first.
    for (const id of sectionIds) {
      await frame.locator(`#minutes-${id}`).scrollIntoViewIfNeeded();
      await walk.read(frame, `section ${id}`);
    }
    expectAllFromCatalogue(walk);
  });

  it('My actions', async () => {
    const frame = await open({ surface: 'personal', page: 'my-actions', user: CHAIR });
    await expectPseudo(frame);
    const walk = new Walk(check);
    await settled(frame);
    expect(await frame.getByRole('article').count()).toBeGreaterThan(0);
    await walk.read(frame, 'my actions');
    expectAllFromCatalogue(walk);
  });

  it('Panels: the case register and a case chosen, All actions and the outbox', async () => {
    const frame = await open({ surface: 'personal', page: 'panels', user: COORDINATOR });
    await expectPseudo(frame);
    const walk = new Walk(check);
    await settled(frame);
    await walk.read(frame, 'case register');
    // The link's name holds the case reference (data) in every language.
    await frame.locator(`a[aria-label*="${CASE_REFERENCE}"]`).first().click();
    await frame.getByRole('link', { name: either('Back to the case register') }).waitFor();
    await settled(frame);
    await walk.read(frame, 'a case chosen');

    const actions = await open({ surface: 'personal', page: 'panels/actions', user: COORDINATOR });
    await actions.getByRole('table').first().waitFor();
    await settled(actions);
    await walk.read(actions, 'all actions');

    const outbox = await open({ surface: 'personal', page: 'outbox', user: COORDINATOR });
    await settled(outbox);
    await walk.read(outbox, 'outbox');
    expectAllFromCatalogue(walk);
  });

  it('audit log', async () => {
    const frame = await open({ surface: 'personal', page: 'panels/audit', user: COORDINATOR });
    await expectPseudo(frame);
    const walk = new Walk(check);
    await settled(frame);
    await walk.read(frame, 'audit log');
    expectAllFromCatalogue(walk);
  });

  it('configuration: the case list, then a case chosen', async () => {
    const frame = await open({ surface: 'configuration' });
    await expectPseudo(frame);
    const walk = new Walk(check);
    await walk.read(frame, 'case list');
    await frame.getByRole('radio').first().check();
    await walk.read(frame, 'a case chosen');
    expectAllFromCatalogue(walk);
  });

  it('accessibility statement', async () => {
    const frame = await open({ surface: 'personal', page: 'accessibility', user: CHAIR });
    await expectPseudo(frame);
    const walk = new Walk(check);
    await frame.locator('#accessibility-statement-title').waitFor();
    await walk.read(frame, 'accessibility statement');
    expectAllFromCatalogue(walk);
  });

  it('landing page, as a plain web page in a browser set to the pseudo-locale', async () => {
    // Outside a host the app follows the browser's language (navigator.language), as Teams' own web page would.
    await page.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'qps-ploc' }));
    await page.goto(`${baseUrl()}/index.html`);
    await page.mainFrame().waitForFunction(isReady);
    await expectPseudo(page.mainFrame());
    const walk = new Walk(check);
    await walk.read(page.mainFrame(), 'landing page');
    expectAllFromCatalogue(walk);
  });
});

describe('the pseudo-locale check itself', () => {
  it('reports English text, an English accessible name and a placeholder, but not data or dates', async () => {
    const frame = await open({ surface: 'configuration' });
    await frame.evaluate(() => {
      const main = document.querySelector('main')!;
      const english = Object.assign(document.createElement('p'), { textContent: 'Typed straight into a screen' });
      const named = Object.assign(document.createElement('button'), { textContent: '⟦Ɓúţţóñ⟧' });
      named.setAttribute('aria-label', 'Close the panel');
      const field = Object.assign(document.createElement('input'), { placeholder: 'Search cases' });
      const data = Object.assign(document.createElement('p'), { textContent: 'Helen Marsh, 2 December 2026' });
      main.append(english, named, field, data);
    });
    const walk = new Walk(check);
    await walk.read(frame, 'planted');
    expect(walk.offenders).toEqual(
      expect.arrayContaining([
        '[planted] Typed straight into a screen',
        '[planted] Close the panel',
        '[planted] Search cases',
      ]),
    );
    expect(walk.offenders.join('\n')).not.toContain('Helen Marsh');
  });
});

describe('Welsh', () => {
  it('the language switch in the header turns the surface Welsh', async () => {
    const frame = await open({ surface: 'sidePanel', caseId: CASE_ID, user: CHAIR }, 'en-GB');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    await expect(frame.getByTestId('bound-case').textContent()).resolves.toBe(`Case ${CASE_REFERENCE}`);
    const languageSwitch = frame.getByTestId('language-switch');
    // The switch names the other language in that language.
    await expect(languageSwitch.textContent()).resolves.toBe('Cymraeg');
    await expect(languageSwitch.getAttribute('lang')).resolves.toBe('cy');
    await languageSwitch.click();
    await frame.waitForFunction(() => document.documentElement.lang === 'cy-GB');
    await expect(frame.getByTestId('bound-case').textContent()).resolves.toBe(`Achos ${CASE_REFERENCE}`);
    await expect(languageSwitch.textContent()).resolves.toBe('English');
  });

  it('opens in Welsh when the host says cy-GB', async () => {
    const frame = await open({ surface: 'sidePanel', caseId: CASE_ID, user: CHAIR }, 'cy-GB');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('cy-GB');
    await expect(frame.getByTestId('bound-case').textContent()).resolves.toBe(`Achos ${CASE_REFERENCE}`);
    await expect(frame.getByTestId('language-switch').textContent()).resolves.toBe('English');
  });
});
