/**
 * Confidentiality in real Chromium through the host harness, one review meeting in order: an
 * attendee sees nothing of the case before acknowledging; the privacy shortcut hides it; a decision
 * to disclose cannot be saved until complete; finalising needs every present attendee's
 * acknowledgement or a reason; distribution refuses a non-approved address and a victim's; and
 * well-known XSS payloads typed into the side panel and the meeting tab never run and come out as
 * text on the stage and in the Word document.
 */
import { readFileSync } from 'node:fs';

import JSZip from 'jszip';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

import { xssFlag, xssPayloads } from '../fixtures/xss';
import {
  domText,
  harnessUrl,
  launchChromium,
  runAxe,
  settleAnimations,
  surfaceFrame,
  waitForReady,
  type AxeViolation,
  type SurfaceName,
  type ThemeName,
} from './support';

jest.setTimeout(300_000);

const CASE_ID = 'case_demo_0101';
const NOMINAL = 'Darren Voskuil';
const CHAIR = 'sian.pryce@probation.example.gov.uk';
const ATTENDEE = 'dan.okoro@police.example.gov.uk';
/** Payloads as they read back from a text field (browsers drop NUL characters from typed text). */
const expected = xssPayloads.map((p) => p.replace(/\0/g, ''));
const payload = (i: number): string => xssPayloads[i % xssPayloads.length]!;

let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
let docxText = '';

beforeAll(async () => {
  browser = await launchChromium();
  // One context for the whole meeting: the surfaces share the browser's store, as on one device.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});
afterEach(async () => {
  // No payload ever ran: no alert, confirm or prompt, and the flag every payload sets is unset in every frame.
  expect(dialogs).toEqual([]);
  for (const frame of page.frames()) {
    const fired = await frame.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], xssFlag);
    expect(fired).toBeUndefined();
  }
});

async function open(surface: SurfaceName, user: string, theme: ThemeName = 'default'): Promise<Frame> {
  await page.goto(harnessUrl({ surface, host: 'teams', theme, caseId: CASE_ID, user }));
  const frame = await surfaceFrame(page, surface);
  await waitForReady(frame);
  return frame;
}

async function acknowledge(frame: Frame): Promise<void> {
  await frame.getByRole('checkbox', { name: 'I have read the statement and I make these commitments' }).check();
  await frame.getByRole('button', { name: 'Acknowledge and continue' }).click();
}

const goTo = (frame: Frame, section: string) =>
  frame.getByRole('combobox', { name: 'Go to section' }).selectOption(section);

describe('confidentiality in a review meeting', () => {
  it('shows an attendee no case content until they acknowledge, and the privacy shortcut hides it', async () => {
    const panel = await open('sidePanel', ATTENDEE);
    await frameGate(panel);
    const before = await domText(panel);
    for (const text of [NOMINAL, 'Go to section', 'Meeting details', 'Risk Management Plan', 'move-on accommodation']) {
      expect(before).not.toContain(text);
    }

    await acknowledge(panel);
    // Not the chair: the same steps, read only.
    await panel.getByText(/^Step \d+ of \d+\. Read only$/).waitFor();
    await goTo(panel, 'nominal');
    await expect(panel.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).resolves.toBe(NOMINAL);

    // One keystroke hides everything; only the button brings it back.
    await panel.getByRole('heading', { name: 'Nominal details' }).focus();
    await page.keyboard.press('Control+Shift+H');
    await panel.getByRole('heading', { name: 'Case content hidden' }).waitFor();
    await expect(panel.getByRole('combobox', { name: 'Go to section' }).isVisible()).resolves.toBe(false);
    await expect(panel.getByRole('textbox', { name: 'Name', exact: true }).isVisible()).resolves.toBe(false);
    await panel.getByRole('button', { name: 'Show case content' }).click();
    await expect(panel.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).resolves.toBe(NOMINAL);
  });

  it('blocks a decision to disclose until it is complete; the chair types payloads in the side panel', async () => {
    const panel = await open('sidePanel', CHAIR);
    await frameGate(panel);
    await acknowledge(panel);
    // The panel opens where the meeting is (the step is shared, so the stage follows).
    await panel.getByText(/^Step \d+ of \d+$/).waitFor();

    await goTo(panel, 'disclosure');
    await panel.getByRole('button', { name: 'Record a disclosure decision' }).click();
    const form = panel.getByRole('form', { name: 'Disclosure decision' });
    await form.getByRole('radio', { name: 'Disclose', exact: true }).check();
    await form.getByRole('textbox', { name: /^Reasons for the decision/ }).fill(payload(0));
    const save = form.getByRole('button', { name: 'Save decision' });
    await expect(save.getAttribute('aria-disabled')).resolves.toBe('true');
    const missing = form.getByRole('list', { name: 'Still to answer' });
    await expect(missing.textContent()).resolves.toMatch(/Choose the lawful basis\..*point of contact/s);
    await save.click({ force: true });
    await expect(panel.getByRole('region', { name: 'Disclosure decision 1' }).count()).resolves.toBe(0);

    // “Not needed”, with its reasons, can be saved.
    await form.getByRole('radio', { name: 'Disclosure considered: not needed' }).check();
    await expect(save.getAttribute('aria-disabled')).resolves.not.toBe('true');
    await save.click();
    await form.getByText('Decision saved.').waitFor();
    await panel.getByRole('region', { name: 'Disclosure decision 1' }).getByText(expected[0]!).waitFor();

    // Carried-over actions reviewed, then payloads in the plan the stage shows.
    await goTo(panel, 'previousActions');
    const counter = panel.getByText(/^Action \d+ of \d+; \d+ reviewed$/);
    await counter.waitFor();
    const total = Number(/of (\d+);/.exec((await counter.textContent()) ?? '')?.[1]);
    for (let i = 0; i < total; i += 1) {
      await panel.getByRole('radio', { name: 'Done', exact: true }).check();
      await panel.getByRole('button', { name: 'Record outcome' }).click();
    }
    await panel.getByText(new RegExp(`^Action \\d+ of ${total}; ${total} reviewed$`)).waitFor();

    await goTo(panel, 'plan');
    const pillars = ['Supervision', 'Monitoring & Control', 'Interventions & Treatment'];
    for (const [i, pillar] of pillars.entries()) {
      await panel.getByRole('textbox', { name: `${pillar} plan` }).fill(payload(1 + i));
    }
    for (const pillar of ['Monitoring & Control', 'Interventions & Treatment', 'Victim Safety Planning']) {
      await panel.getByRole('textbox', { name: new RegExp(`^Reason no ${pillar} actions are needed`) }).fill('None');
    }
    const supervision = panel.getByRole('region', { name: 'Supervision' });
    await supervision.getByRole('button', { name: 'Add an action to Supervision' }).click();
    const action = supervision.getByRole('form', { name: 'New action for Supervision' });
    await action.getByRole('textbox', { name: /^Action/ }).fill(payload(4));
    const owner = action.getByRole('combobox', { name: 'Owner' });
    await owner.selectOption((await owner.locator('option').nth(1).getAttribute('value')) ?? '');
    await action.getByLabel('Due date').fill('2027-01-20');
    await action.getByRole('button', { name: 'Add action' }).click();
    await supervision.getByText('Supervision: 1 action').waitFor();
    await panel.getByText('All changes saved').waitFor({ timeout: 30_000 });
    expect(await injected(panel)).toEqual([]);
  });

  it('finalises only with each present attendee acknowledged or a reason, exports text, and refuses unsafe recipients', async () => {
    // The chair acknowledged for this meeting in the side panel: the tab does not ask again.
    let tab = await open('meetingTab', CHAIR);
    const attendance = tab.locator('#minutes-attendance');
    await attendance.waitFor({ timeout: 30_000 });
    // The attendee and the chair acknowledged in the side panel: who and when are in the attendance.
    for (const name of ['Dan Okoro', 'Siân Pryce']) {
      await attendance
        .getByRole('group', { name })
        .getByText(/^Acknowledged the confidentiality statement on /)
        .waitFor();
    }
    const notYet = attendance.getByRole('list', { name: 'Not yet acknowledged' });
    await expect(notYet.textContent()).resolves.not.toContain('Dan Okoro');

    let n = 5;
    const next = () => payload(n++);
    await tab.getByRole('textbox', { name: 'Venue or link' }).fill(next());
    const minuteTaker = tab.getByRole('combobox', { name: 'Minute-taker' });
    await minuteTaker.selectOption((await minuteTaker.locator('option').nth(1).getAttribute('value')) ?? '');
    await tab.getByRole('checkbox', { name: 'Read aloud, or attention drawn to it' }).check();
    await tab.getByRole('checkbox', { name: 'Read aloud', exact: true }).check();
    await tab.getByRole('textbox', { name: 'Purpose of the meeting or reason for referral' }).fill(next());
    await tab.getByRole('combobox', { name: 'Public, community' }).selectOption('high');
    await tab.getByRole('textbox', { name: 'Who is at risk (restricted)' }).fill('Former partner');
    await tab.getByRole('textbox', { name: 'Nature of the risk' }).fill(next());
    await tab.getByRole('textbox', { name: /^Contingency/ }).fill(next());
    await tab.getByRole('combobox', { name: 'Level decided' }).selectOption('2');
    await tab.getByRole('textbox', { name: /^Rationale for the level/ }).fill(next());
    await tab.getByRole('combobox', { name: 'Category decided (one only)' }).selectOption('2');
    await tab.getByRole('textbox', { name: /^Rationale for the category/ }).fill(next());
    await tab.locator('#minutes-offenderInvolvement').getByRole('radio', { name: 'Yes' }).check();
    await tab.getByRole('button', { name: /^Use \d{1,2} \w+ \d{4}$/ }).click();
    await tab.getByRole('textbox', { name: /^Executive summary/ }).fill('Plan reviewed; Level 2 continues.');
    // A victim, flagged, is never sent minutes whatever their address.
    await tab.getByRole('textbox', { name: 'Name of a person flagged as a victim (restricted)' }).fill('Vera Example');
    await tab
      .getByRole('textbox', { name: 'Their e-mail, if known (restricted)' })
      .fill('vera.example@probation.example.gov.uk');
    await tab.getByRole('button', { name: 'Flag as a victim' }).click();

    // Finalise is blocked, with a clear item, until the others acknowledge or the chair records why not.
    const finalise = tab.getByRole('button', { name: 'Finalise and sign' });
    const missingList = tab.getByRole('list', { name: 'Missing before finalising' });
    await missingList.getByText(/each present attendee must acknowledge the confidentiality statement/).waitFor();
    await expect(finalise.isDisabled()).resolves.toBe(true);
    const reasons = attendance.getByRole('textbox', { name: /^Why .+ has not acknowledged/ });
    await expect(reasons.count()).resolves.toBe(3);
    for (const box of await reasons.all()) await box.fill(next());
    // Enabled once the form has taken the last reason in (a render away, longer on a busy machine).
    await tab.getByRole('button', { name: 'Finalise and sign', disabled: false }).waitFor({ timeout: 30_000 });
    await tab.getByText('All changes saved').waitFor({ timeout: 30_000 });
    await finalise.click();
    await tab.getByText(/The minutes are final and signed/).waitFor({ timeout: 30_000 });
    expect(await injected(tab)).toEqual([]);
    // The finalised minutes and their dialogs are states a chair reaches: no serious or critical axe
    // violation in any theme. Each theme opens the tab afresh, as Teams does when its theme changes.
    const found: Array<{ state: string } & AxeViolation> = [];
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      const view = theme === 'default' ? tab : await open('meetingTab', CHAIR, theme);
      found.push(...(await finalisedViolations(view, theme)));
    }
    expect(found).toEqual([]);
    tab = await open('meetingTab', CHAIR);
    await tab.getByText(/^Final\. Signed by /).waitFor({ timeout: 30_000 });

    // The Word document holds every payload as text.
    await tab.getByRole('button', { name: 'Export minutes (.docx)' }).click();
    await tab.getByRole('textbox', { name: /Why are you exporting/ }).fill('Copy for the case file');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tab.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    docxText = decodeXml(xml.replace(/<[^>]+>/g, ''));
    // Markup typed as text is escaped in the XML, never an element.
    expect(/<(script|img|svg|iframe|a|details|body|math)[\s>]/i.test(xml)).toBe(false);
    for (const text of expected) expect(docxText).toContain(text);

    // Distribution: a non-approved address and the flagged victim are refused.
    await tab.getByRole('button', { name: 'Distribute minutes' }).click();
    const dialog = tab.getByRole('dialog', { name: 'Distribute minutes' });
    for (const address of ['pat.press@gmail.example.com', 'vera.example@probation.example.gov.uk']) {
      await dialog.getByRole('textbox', { name: 'Add an address' }).fill(address);
      await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    }
    const refused = dialog.getByRole('list', { name: 'Will not receive the minutes' });
    await refused.getByText(/pat\.press@gmail\.example\.com\): This address is not on the area’s approved/).waitFor();
    await refused
      .getByText(/vera\.example@probation\.example\.gov\.uk\): This person is flagged as a victim/)
      .waitFor();
    const receive = dialog.getByRole('list', { name: 'Will receive the minutes' });
    await expect(receive.textContent()).resolves.not.toMatch(/pat\.press|vera\.example/);
    await dialog.getByRole('button', { name: 'Send minutes' }).click();
    await dialog
      .getByRole('status')
      .getByText(/^Minutes sent to \d+ people\. The executive summary went to the MAPPA coordinator/)
      .waitFor({ timeout: 30_000 });
  });

  it('shows the payloads on the stage as text', async () => {
    const stage = await open('meetingStage', CHAIR);
    await stage.getByText(/^Now:/).waitFor();
    const text = await stage.evaluate(() => document.body.innerText);
    for (const i of [1, 2, 3, 4]) expect(text).toContain(expected[i]);
    expect(await injected(stage)).toEqual([]);
    expect(docxText).not.toBe('');
  });
});

/**
 * axe-core (WCAG 2.0 to 2.2, A and AA), once finite animations have ended, on the signed minutes; a
 * correction in progress (a field changed, signing refused for want of a reason), then signed with
 * the comparison of the two versions shown; the first version opened read-only; the export dialog with a reason typed, and the distribution dialog showing a refused address and a
 * refused victim: every serious or critical violation, named with the state and theme it was found in.
 * The dialogs are closed again without exporting or sending.
 */
async function finalisedViolations(tab: Frame, theme: ThemeName): Promise<Array<{ state: string } & AxeViolation>> {
  const found: Array<{ state: string } & AxeViolation> = [];
  const check = async (state: string, within?: string) => {
    await settleAnimations(tab);
    for (const v of await runAxe(tab, within)) found.push({ state: `${theme}: ${state}`, ...v });
  };
  await tab.getByText(/^Final\. Signed by /).waitFor({ timeout: 30_000 });
  await check('signed minutes');

  // A correction in progress: opened, a field changed, signing refused until there is a reason.
  await tab.getByRole('button', { name: 'Correct these minutes' }).click();
  const correction = tab.getByRole('region', { name: 'Correction' });
  await correction.waitFor();
  await tab.locator('#minutes-media').getByRole('textbox', { name: 'Media plan' }).fill(`Press office only (${theme})`);
  await correction.getByRole('button', { name: 'Sign the correction' }).click();
  await correction.locator('textarea[aria-invalid="true"]').waitFor();
  await check('correction in progress, a field changed, the reason missing');
  await correction.getByRole('textbox', { name: /^Reason for the correction/ }).fill(`Media plan left out (${theme})`);
  await correction.getByRole('button', { name: 'Sign the correction' }).click();
  await correction.waitFor({ state: 'detached', timeout: 30_000 });
  // The signed correction beside the version before: what it changed, field by field.
  const versions = tab.getByRole('region', { name: 'Signed versions' });
  const latest = versions.getByRole('listitem').last();
  await latest
    .getByRole('table', { name: /^What version \d+ changed from version \d+$/ })
    .getByRole('row', { name: new RegExp(`Media plan .*Press office only \\(${theme}\\)`) })
    .waitFor();
  await check('correction signed, the comparison shown');
  await versions.getByRole('button', { name: 'Open version 1 (read-only)' }).click();
  await tab.getByText(/^You are reading version 1, /).waitFor();
  await check('version 1 opened read-only');
  await versions.getByRole('button', { name: 'Close version 1' }).click();
  await tab.getByText(/^You are reading version 1, /).waitFor({ state: 'detached' });

  await tab.getByRole('button', { name: 'Export minutes (.docx)' }).click();
  await tab.getByRole('textbox', { name: /Why are you exporting/ }).fill('Copy for the case file');
  await check('export dialog open', '[role="dialog"]');
  await tab.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await tab.getByRole('dialog').waitFor({ state: 'hidden' });

  await tab.getByRole('button', { name: 'Distribute minutes' }).click();
  const dialog = tab.getByRole('dialog', { name: 'Distribute minutes' });
  for (const address of ['pat.press@gmail.example.com', 'vera.example@probation.example.gov.uk']) {
    await dialog.getByRole('textbox', { name: 'Add an address' }).fill(address);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  }
  await dialog.getByRole('list', { name: 'Will not receive the minutes' }).getByRole('listitem').nth(1).waitFor();
  await check('distribution dialog, refused addresses shown', '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  return found;
}

/** Waits for the acknowledgement gate (the surface shows it before anything of the case). */
async function frameGate(frame: Frame): Promise<void> {
  await frame.getByRole('heading', { name: 'Confidentiality statement' }).waitFor({ timeout: 30_000 });
}

/** Elements a payload would have created had it become markup. */
const injected = (frame: Frame) =>
  frame.evaluate(() =>
    [
      ...document.querySelectorAll(
        'script:not([src]), iframe, svg[onload], img[onerror], details[ontoggle], body[onload], a[href^="javascript:"]',
      ),
    ].map((e) => e.outerHTML.slice(0, 80)),
  );

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/&amp;/g, '&');
}
