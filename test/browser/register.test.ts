/**
 * The case register as the Panels tab's home, in real Chromium through the host harness: the
 * coordinator filters to Level 3 and sorts by reference by keyboard, the address keeps both, a reload
 * opens the same view, and the page passes axe.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

import { demoPeople } from '../../src/adapters/local/demoData';
import { harnessUrl, launchChromium, runAxe, surfaceFrame, waitForReady } from './support';

// Generous: a cold production bundle in a shared, busy container. Not a performance assertion.
jest.setTimeout(240_000);

const COORDINATOR = demoPeople.joWhitfield;

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

async function openRegister(page: Page): Promise<Frame> {
  await page.goto(
    harnessUrl({ surface: 'personal', host: 'teams', theme: 'default', page: 'panels', user: COORDINATOR.email }),
  );
  const frame = await surfaceFrame(page, 'personal');
  await waitForReady(frame);
  await frame.getByRole('table', { name: 'Cases' }).waitFor();
  return frame;
}

/** Each row's reference and level, in the order shown. */
const shownRows = (frame: Frame) =>
  frame
    .getByRole('table', { name: 'Cases' })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => ({
        reference: r.querySelector('a')?.textContent ?? '',
        level: r.children[3]?.textContent ?? '',
      })),
    );

describe('the case register', () => {
  it('filters by level and sorts by reference by keyboard, and the address keeps both', async () => {
    const page = await context.newPage();
    const frame = await openRegister(page);
    // The coordinator sees the nominals' names.
    await frame.getByRole('table', { name: 'Cases' }).getByText('Lewis Harrowgate').waitFor();

    await frame.getByRole('combobox', { name: 'Level' }).selectOption('3');
    await frame.waitForFunction(() => window.location.hash.includes('level=3'));
    const levelThree = await shownRows(frame);
    expect(levelThree.length).toBeGreaterThan(0);
    expect(levelThree.every((r) => r.level === '3')).toBe(true);

    const header = frame.getByRole('columnheader', { name: /Reference/ });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await frame.waitForFunction(() => window.location.hash.includes('dir=desc'));
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const sorted = (await shownRows(frame)).map((r) => r.reference);
    expect(sorted).toEqual([...sorted].sort().reverse());
    expect(await frame.evaluate(() => window.location.hash)).toBe('#/panels?level=3&sort=reference&dir=desc');

    // A reload opens the same view from the address. Waiting for the new document: the old one's
    // ready flag is still set until the reload has committed.
    await Promise.all([
      page.waitForEvent('framenavigated', (navigated) => navigated === frame),
      frame.evaluate(() => window.location.reload()),
    ]);
    const again = await surfaceFrame(page, 'personal');
    await waitForReady(again);
    await again.getByRole('table', { name: 'Cases' }).waitFor();
    expect(await again.getByRole('combobox', { name: 'Level' }).inputValue()).toBe('3');
    expect((await shownRows(again)).map((r) => r.reference)).toEqual(sorted);

    expect(await runAxe(again)).toEqual([]);
  });
});
