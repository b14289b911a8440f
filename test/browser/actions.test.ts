/**
 * An owner's update reaches the next panel, in real Chromium through the host harness: an attendee
 * updates an action from "My actions" in the Outlook-hosted personal tab, by keyboard alone; the chair
 * then opens the side panel for that case's next meeting in Teams and sees the owner's latest update
 * and status in the review of previous actions. Both pages share one browser context, so they share
 * the origin's IndexedDB as two tabs on one device would.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

import { demoPeople } from '../../src/adapters/local/demoData';
import { harnessUrl, launchChromium, surfaceFrame, waitForReady, type SurfaceName } from './support';

// Generous: a cold production bundle in a shared, busy container. Not a performance assertion.
jest.setTimeout(240_000);

const ATTENDEE = demoPeople.nadiaFarouk;
const CHAIR = demoPeople.sianPryce;
const CASE_ID = 'case_demo_0101';
const ACTION_TEXT = 'Review the licence condition on alcohol testing';
const UPDATE_TEXT = 'Testing condition reviewed with the prison; variation request drafted for the governor.';
// The demo nominals: an owner sees each case only by its reference, never the person's name.
const NOMINAL_NAMES = ['Darren Voskuil', 'Lewis Harrowgate', 'Kai Brennand', 'Emrys Calloway'];

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterEach(async () => {
  await context?.close();
});

/** Opens a surface through the harness signed in as `user` (the harness's `user` parameter). */
async function openAs(page: Page, surface: SurfaceName, params: Record<string, string>): Promise<Frame> {
  await page.goto(harnessUrl({ surface, theme: 'default', ...params }));
  const frame = await surfaceFrame(page, surface);
  await waitForReady(frame);
  return frame;
}

async function passGate(frame: Frame): Promise<void> {
  const box = frame.getByRole('checkbox', { name: 'I have read the statement and I make these commitments' });
  await box.waitFor({ timeout: 30_000 });
  await box.focus();
  await frame.page().keyboard.press('Space');
  await frame.getByRole('button', { name: 'Acknowledge and continue' }).focus();
  await frame.page().keyboard.press('Enter');
}

describe('an owner’s update reaches the next panel', () => {
  it('is posted by keyboard in the Outlook-hosted My actions and seen by the chair in the review', async () => {
    // The attendee, in Outlook.
    const attendeePage = await context.newPage();
    const mine = await openAs(attendeePage, 'personal', { host: 'outlook', page: 'my-actions', user: ATTENDEE.email });
    await expect(mine.getByTestId('signed-in').textContent()).resolves.toContain(ATTENDEE.name);
    await mine.getByRole('heading', { name: 'My actions' }).waitFor();

    // Only the panels' case references: one heading per panel the attendee owns actions in, no names.
    const headings = await mine.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.sort()).toEqual(['Panel MP-2026-0101', 'Panel MP-2026-0104']);
    const shown = (await mine.locator('body').innerText()).toLowerCase();
    for (const name of NOMINAL_NAMES) {
      expect(shown).not.toContain(name.toLowerCase());
      expect(shown).not.toContain(name.split(' ')[1]!.toLowerCase());
    }

    const action = mine.getByRole('article', { name: ACTION_TEXT });
    await expect(action.getByText('Overdue', { exact: true }).isVisible()).resolves.toBe(true);

    // Keyboard only: open the editor, set the status, write the update, save with Ctrl+Enter.
    const keyboard = attendeePage.keyboard;
    await action.getByRole('button', { name: 'Post update' }).focus();
    await keyboard.press('Enter');
    const note = action.getByRole('textbox', { name: 'Update' });
    await expect(note.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await keyboard.press('Shift+Tab');
    const status = action.getByRole('combobox', { name: 'Status' });
    await expect(status.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Marked done before the panel: the chair must still see it, to confirm the outcome.
    await keyboard.press('ArrowDown');
    await keyboard.press('ArrowDown');
    await expect(status.inputValue()).resolves.toBe('done');
    await keyboard.press('Tab');
    await keyboard.type(UPDATE_TEXT);
    await keyboard.press('Control+Enter');

    await action.getByRole('status').filter({ hasText: 'Marked done.' }).waitFor();
    await action.getByText(`by ${ATTENDEE.name}: ${UPDATE_TEXT}`).waitFor();
    await expect(action.getByText('Done', { exact: true }).isVisible()).resolves.toBe(true);
    // Focus returns to where the owner started.
    await expect(
      action.getByRole('button', { name: 'Post update' }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);

    // The chair, in the same browser (same origin, same IndexedDB), opens the case's next meeting in Teams.
    const chairPage = await context.newPage();
    await chairPage.setViewportSize({ width: 900, height: 900 });
    const panel = await openAs(chairPage, 'sidePanel', { host: 'teams', caseId: CASE_ID, user: CHAIR.email });
    await expect(panel.getByTestId('signed-in').textContent()).resolves.toContain(CHAIR.name);
    await passGate(panel);
    await panel.getByText(/^Step 1 of \d+$/).waitFor({ timeout: 30_000 });

    await panel.getByRole('combobox', { name: 'Go to section' }).selectOption('previousActions');
    const counter = panel.getByText(/^Action \d+ of \d+; \d+ reviewed$/);
    await counter.waitFor({ timeout: 30_000 });
    const total = Number(/of (\d+);/.exec((await counter.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);

    // Walk the carried-over actions to the attendee's.
    let review = panel.getByRole('region', { name: /^Previous action \d+ of \d+$/ });
    for (let i = 0; i < total && !(await review.getByText(ACTION_TEXT, { exact: true }).count()); i += 1) {
      await panel.getByRole('button', { name: 'Next action' }).click();
      await panel.getByText(new RegExp(`^Action ${i + 2} of ${total};`)).waitFor();
      review = panel.getByRole('region', { name: `Previous action ${i + 2} of ${total}` });
    }
    await review.getByText(ACTION_TEXT, { exact: true }).waitFor();
    await expect(review.getByText(`Owner: ${ATTENDEE.name}`).textContent()).resolves.toContain('Status: Done.');
    const updates = review.getByRole('list', { name: 'Latest updates from the owner' });
    await expect(updates.textContent()).resolves.toContain(`${ATTENDEE.name}: ${UPDATE_TEXT}`);
  });
});
