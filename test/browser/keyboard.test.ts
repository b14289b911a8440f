/**
 * The main flows by keyboard alone, in real Chromium through the host harness: every Tab stop on
 * the way shows where focus is (the pixels round the focused element change when it takes focus),
 * focus never rests on an invisible element, focus moves where the person needs it after each
 * step, Escape closes what it should, and the privacy shortcut hides case content and gives focus
 * back after. Errors and saves are announced through live regions.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

import { harnessUrl, launchChromium, surfaceFrame, waitForReady, type SurfaceOptions } from './support';

jest.setTimeout(300_000);

const CASE_ID = 'case_demo_0102';
const CHAIR = 'helen.marsh@probation.example.gov.uk';

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
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

async function open(options: SurfaceOptions & { user?: string }): Promise<Frame> {
  await page.goto(harnessUrl(options));
  const frame = await surfaceFrame(page, options.surface);
  await waitForReady(frame);
  // Keys go to the surface's frame, as when a person has moved into the tab; Tab starts from its top.
  await frame.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  return frame;
}

type Focused = { name: string; role: string; tag: string; dummy: boolean; inside: string | null };

/** What has focus in the frame: its accessible-ish name, role and tag, and the section it sits in. */
const focused = (frame: Frame): Promise<Focused> =>
  frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', role: '', tag: 'body', dummy: false, inside: null };
    const labelled = el.getAttribute('aria-labelledby');
    const byLabel = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const name =
      el.getAttribute('aria-label') ?? (labelled ? (document.getElementById(labelled)?.textContent ?? '') : '');
    return {
      name: (name || byLabel || el.textContent || '').trim(),
      role: el.getAttribute('role') ?? '',
      tag: el.tagName.toLowerCase(),
      dummy: el.hasAttribute('data-tabster-dummy'),
      inside: el.closest('section[id]')?.id ?? null,
    };
  });

/**
 * Whether the focused element visibly shows focus: the pixels of the element and a margin round it
 * (where focus rings are drawn) differ between focused and not. The caret is hidden and animations
 * finished, so only the focus indicator can make the difference.
 */
async function showsFocus(frame: Frame): Promise<boolean> {
  const handle = await frame.evaluateHandle(() => document.activeElement as HTMLElement);
  const element = handle.asElement();
  if (!element) return false;
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box) return false;
  const margin = 4;
  const clip = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
  const shot = () => page.screenshot({ clip, caret: 'hide', animations: 'disabled' });
  const withFocus = await shot();
  await element.evaluate((el: HTMLElement) => el.blur());
  const without = await shot();
  await element.evaluate((el: HTMLElement) => el.focus());
  return !withFocus.equals(without);
}

/**
 * Presses Tab until `matches` accepts the focused element; every stop on the way must show focus and
 * be a real control. Returns the stops' names, in order.
 */
async function tabTo(frame: Frame, matches: (f: Focused) => boolean, limit = 40, key = 'Tab'): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const now = await focused(frame);
    expect(now.dummy).toBe(false);
    expect(now.tag).not.toBe('body');
    const label = `${now.tag}${now.role ? `[${now.role}]` : ''} “${now.name}”`;
    if (!(await showsFocus(frame))) throw new Error(`No visible focus on ${label}`);
    stops.push(label);
    if (matches(now)) return stops;
  }
  throw new Error(`Not reached by ${key} within ${limit} stops: ${stops.join(' → ')}`);
}

const named = (name: string | RegExp) => (f: Focused) =>
  typeof name === 'string' ? f.name === name : name.test(f.name);

async function acknowledgeByKeyboard(frame: Frame): Promise<string[]> {
  const stops = await tabTo(frame, named('I have read the statement and I make these commitments'));
  await page.keyboard.press('Space');
  await tabTo(frame, named('Acknowledge and continue'), 2);
  await page.keyboard.press('Enter');
  return stops;
}

describe('by keyboard alone', () => {
  it('the chair runs the side panel: gate, steps, privacy shortcut, share dialog and Escape', async () => {
    const frame = await open({ surface: 'sidePanel', host: 'teams', theme: 'default', caseId: CASE_ID, user: CHAIR });

    // Focus order follows the page: the demo banner's control, then the statement's checkbox.
    const stops = await acknowledgeByKeyboard(frame);
    expect(stops[0]).toContain('Reset demo data');
    await frame.getByText(/^Step \d+ of \d+$/).waitFor();

    // Choosing a section from the list keeps focus in the list.
    await tabTo(frame, named('Go to section'));
    await page.keyboard.press('Home');
    await frame.getByRole('heading', { level: 2, name: 'Meeting details' }).waitFor();
    await expect(focused(frame)).resolves.toMatchObject({ name: 'Go to section' });

    // Next step moves focus to the new step's heading, which a screen reader then reads.
    await tabTo(frame, named('Next step'));
    await page.keyboard.press('Enter');
    await expect(focused(frame)).resolves.toMatchObject({ tag: 'h2', name: 'Statements read by the chair' });

    // The privacy shortcut from anywhere in the content: focus goes to the one control that shows it again…
    await page.keyboard.press('Control+Shift+H');
    await frame.getByRole('heading', { name: 'Case content hidden' }).waitFor();
    await expect(focused(frame)).resolves.toMatchObject({ name: 'Show case content' });
    expect(await showsFocus(frame)).toBe(true);
    // …and back to where the person was.
    await page.keyboard.press('Enter');
    await expect(focused(frame)).resolves.toMatchObject({ tag: 'h2', name: 'Statements read by the chair' });

    // The share dialog: focus moves in, Tab stays in, Escape closes and returns focus to the button.
    await tabTo(frame, named('Share to stage'));
    await page.keyboard.press('Enter');
    const dialog = frame.getByRole('dialog', { name: 'Share to the meeting stage?' });
    await dialog.waitFor();
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      const inDialog = await frame.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
      expect(inDialog).toBe(true);
      expect(await showsFocus(frame)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(focused(frame)).resolves.toMatchObject({ name: 'Share to stage' });
  });

  it('the meeting tab: a section link moves the Tab order there, a save and an error are announced', async () => {
    const frame = await open({ surface: 'meetingTab', host: 'teams', theme: 'default', caseId: CASE_ID, user: CHAIR });
    await acknowledgeByKeyboard(frame);
    await frame.getByRole('navigation', { name: 'Sections' }).waitFor();

    await tabTo(frame, named(/^11\. Victim issues$/));
    await page.keyboard.press('Enter');
    // The next Tab starts from the section the link leads to.
    await tabTo(frame, (f) => f.inside !== null, 1);
    await expect(focused(frame)).resolves.toMatchObject({ inside: 'minutes-victimIssues' });

    // Typing is saved, and each change of the save's state is said in a live region already there.
    await frame.evaluate(() => {
      const region = document.querySelector('[aria-live="polite"]')!;
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await page.keyboard.type('Victim liaison officer attended.');
    await frame.waitForFunction(
      () => {
        const said = (window as unknown as { said: string[] }).said;
        return said.some((t) => /Not yet saved|Saving…/.test(t)) && said.at(-1) === 'All changes saved';
      },
      undefined,
      { timeout: 30_000 },
    );

    // An error after pressing a button is an alert, and focus stays on the button to try again.
    await tabTo(frame, named('Flag as a victim'));
    await page.keyboard.press('Enter');
    const alert = frame.locator('#minutes-victimIssues').getByRole('alert');
    await expect(alert.textContent()).resolves.toBe('Enter the name of the person flagged as a victim.');
    await expect(focused(frame)).resolves.toMatchObject({ name: 'Flag as a victim' });
  });

  it('My actions: Escape closes an update form and focus returns to its button; a refusal is an alert', async () => {
    const frame = await open({
      surface: 'personal',
      host: 'outlook',
      theme: 'default',
      page: 'my-actions',
      user: CHAIR,
    });
    await frame.getByRole('heading', { name: 'My actions' }).waitFor();

    await tabTo(frame, named('Post update'));
    await page.keyboard.press('Enter');
    await expect(focused(frame)).resolves.toMatchObject({ tag: 'textarea' });
    await page.keyboard.press('Escape');
    await frame.getByRole('form').waitFor({ state: 'detached' });
    await expect(focused(frame)).resolves.toMatchObject({ name: 'Post update' });

    // Saving nothing is refused, and the refusal is announced.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Enter');
    await expect(frame.getByRole('alert').textContent()).resolves.toMatch(/^Not saved\./);
  });

  it.each(['dark', 'contrast'] as const)(
    'shows focus on every stop of the side panel in the %s theme',
    async (theme) => {
      const frame = await open({ surface: 'sidePanel', host: 'teams', theme, caseId: CASE_ID, user: CHAIR });
      await acknowledgeByKeyboard(frame);
      await frame.getByText(/^Step \d+ of \d+$/).waitFor();
      await frame.getByRole('combobox', { name: 'Go to section' }).selectOption('plan');
      // Through the plan's fields and buttons to the step buttons, each showing focus on the way.
      const stops = await tabTo(frame, named('Next step'), 60);
      expect(stops.length).toBeGreaterThan(5);
    },
  );
});
