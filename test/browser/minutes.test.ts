/**
 * A full review meeting as a chair runs it, in real Chromium through the host harness: the side
 * panel (after the confidentiality acknowledgement) walks the sections, reviews the carried-over
 * actions and adds actions under each pillar; the meeting tab records the rest, finalises and
 * exports; the stage shows the projection and nothing restricted.
 */
import type { Browser, Frame, Page } from 'playwright-core';

import { passGate, openSurface, surfaceFrame, harnessUrl, launchChromium, waitForReady } from './support';

jest.setTimeout(240_000);

const CASE_ID = 'case_demo_0101';
const SECRET = 'Victim lives at 4 Fictional Mews';
/** The case's chair, who runs the minutes in the side panel (anyone else reads them there). */
const CHAIR = 'sian.pryce@probation.example.gov.uk';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
});
afterEach(async () => {
  await page?.context().close();
});

/** Nothing in the side panel is wider than the panel (no horizontal scrolling at 280 px). */
async function expectFits(frame: Frame): Promise<void> {
  const wide = await frame.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName} ${e.getAttribute('aria-label') ?? ''} ${Math.round(e.getBoundingClientRect().right)}`),
  );
  expect(wide).toEqual([]);
}

const goTo = (frame: Frame, section: string) =>
  frame.getByRole('combobox', { name: 'Go to section' }).selectOption(section);

describe('running a review meeting', () => {
  it('side panel, meeting tab, finalise, export and stage', async () => {
    // Side panel, as the chair: 280 px wide.
    await page.setViewportSize({ width: 900, height: 900 });
    const panel = await openSurface(page, {
      surface: 'sidePanel',
      host: 'teams',
      theme: 'default',
      caseId: CASE_ID,
      user: CHAIR,
    });
    await passGate(panel);
    await panel.getByText(/^Step 1 of \d+$/).waitFor();
    await expectFits(panel);

    // Walk by keyboard.
    await panel.getByRole('button', { name: 'Next step' }).focus();
    await page.keyboard.press('Enter');
    await panel.getByText(/^Step 2 of \d+$/).waitFor();

    // Review every carried-over action.
    await goTo(panel, 'previousActions');
    const counter = panel.getByText(/^Action \d+ of \d+; \d+ reviewed$/);
    await counter.waitFor();
    const total = Number(/of (\d+);/.exec((await counter.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    for (let i = 0; i < total; i += 1) {
      await panel.getByRole('radio', { name: 'Done', exact: true }).check();
      await panel.getByRole('button', { name: 'Record outcome' }).click();
    }
    await panel.getByText(new RegExp(`^Action \\d+ of ${total}; ${total} reviewed$`)).waitFor();

    // One action under each pillar.
    await goTo(panel, 'plan');
    for (const pillar of [
      'Supervision',
      'Monitoring & Control',
      'Interventions & Treatment',
      'Victim Safety Planning',
    ]) {
      const region = panel.getByRole('region', { name: pillar });
      await region.getByRole('button', { name: `Add an action to ${pillar}` }).click();
      const form = region.getByRole('form', { name: `New action for ${pillar}` });
      await form
        .getByRole('textbox', { name: /^Action/ })
        .fill(pillar === 'Victim Safety Planning' ? SECRET : `${pillar} action`);
      const owner = form.getByRole('combobox', { name: 'Owner' });
      const value = await owner.locator('option').nth(1).getAttribute('value');
      await owner.selectOption(value ?? '');
      await form.getByLabel('Due date').fill('2027-01-20');
      await form.getByRole('button', { name: 'Add action' }).click();
      await region.getByText(`${pillar}: 1 action`).waitFor();
    }
    await expectFits(panel);
    await panel.getByText('All changes saved').waitFor({ timeout: 30_000 });

    // Meeting tab: the same document; fill in the rest and finalise.
    await page.goto(
      harnessUrl({ surface: 'meetingTab', host: 'teams', theme: 'default', caseId: CASE_ID, user: CHAIR }),
    );
    const tab = await surfaceFrame(page, 'meetingTab');
    await waitForReady(tab);
    await passGate(tab);
    await tab
      .getByRole('region', { name: 'Victim Safety Planning' })
      .getByText('Victim Safety Planning: 1 action')
      .waitFor();
    const minuteTaker = tab.getByRole('combobox', { name: 'Minute-taker' });
    await minuteTaker.selectOption((await minuteTaker.locator('option').nth(1).getAttribute('value')) ?? '');
    await tab.getByRole('checkbox', { name: 'Read aloud, or attention drawn to it' }).check();
    await tab.getByRole('checkbox', { name: 'Read aloud', exact: true }).check();
    await tab.getByRole('textbox', { name: 'Purpose of the meeting or reason for referral' }).fill('Scheduled review');
    await tab.getByRole('combobox', { name: 'Public, community' }).selectOption('high');
    await tab.getByRole('textbox', { name: 'Who is at risk (restricted)' }).fill(SECRET);
    await tab.getByRole('textbox', { name: 'Nature of the risk' }).fill('Violence when intoxicated');
    await tab
      .getByRole('textbox', { name: 'Victim issues (from the victim liaison officer) (restricted)' })
      .fill(SECRET);
    // Disclosure is decided every meeting: “not needed” with its reasons.
    await tab.getByRole('button', { name: 'Record a disclosure decision' }).click();
    const decision = tab.getByRole('form', { name: 'Disclosure decision' });
    await decision.getByRole('radio', { name: 'Disclosure considered: not needed' }).check();
    await decision.getByRole('textbox', { name: /^Reasons for the decision/ }).fill('No third party needs protecting');
    await decision.getByRole('button', { name: 'Save decision' }).click();
    await decision.getByText('Decision saved.').waitFor();
    // Nobody else opened the panel: the chair records why each present attendee has not acknowledged.
    const reasons = tab.getByRole('textbox', { name: /^Why .+ has not acknowledged/ });
    await reasons.first().waitFor();
    for (const box of await reasons.all()) await box.fill('Joined by telephone');
    await tab.getByRole('textbox', { name: /^Contingency/ }).fill('Recall on any breach');
    await tab.getByRole('combobox', { name: 'Level decided' }).selectOption('2');
    await tab.getByRole('textbox', { name: /^Rationale for the level/ }).fill('Active coordination of housing');
    await tab.getByRole('combobox', { name: 'Category decided (one only)' }).selectOption('2');
    await tab.getByRole('textbox', { name: /^Rationale for the category/ }).fill('Schedule 15 offence');
    await tab.locator('#minutes-offenderInvolvement').getByRole('radio', { name: 'Yes' }).check();
    await tab.getByRole('button', { name: /^Use \d{1,2} \w+ \d{4}$/ }).click();
    await tab.getByRole('textbox', { name: /^Executive summary/ }).fill('Plan reviewed; Level 2 continues.');
    const finalise = tab.getByRole('button', { name: 'Finalise and sign' });
    // Enabled once the form has taken the last answer in (a render away, longer on a busy machine).
    await tab.getByRole('button', { name: 'Finalise and sign', disabled: false }).waitFor({ timeout: 30_000 });
    await tab.getByText('All changes saved').waitFor({ timeout: 30_000 });
    await finalise.click();
    await tab.getByText(/The minutes are final and signed/).waitFor({ timeout: 30_000 });

    // Export: the exporter loads now and hands over a Word file.
    await tab.getByRole('button', { name: 'Export minutes (.docx)' }).click();
    await tab.getByRole('textbox', { name: /Why are you exporting/ }).fill('Copy for the case file');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tab.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^MP-2026-0101-\d+-minutes\.docx$/);

    // Stage: the projection, never the restricted detail.
    await page.goto(
      harnessUrl({ surface: 'meetingStage', host: 'teams', theme: 'default', caseId: CASE_ID, user: CHAIR }),
    );
    const stage = await surfaceFrame(page, 'meetingStage');
    await waitForReady(stage);
    await stage.getByText(/^Now:/).waitFor();
    await stage.getByText(/Supervision: Supervision action/).waitFor();
    const html = await stage.content();
    expect(html).toContain('Victim safety action (details are restricted)');
    expect(html).not.toContain(SECRET);
  });
});
